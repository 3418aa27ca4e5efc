import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Result } from '../../shared/errors';
import { auditRows } from '../support/db-snapshot';
import { createNotesWorld, openNote, type NotesWorld } from '../support/notes-world';
import { errorOf, newOpening, STAFF_PASSWORD, startTestCore, type TestCore } from '../support/test-core';

// One meeting led by "fac" (a facilitator) and "peer-own" (a peer support specialist); a signed
// note with an addendum and a co-signature; then who may open it, through the dispatcher.

let t: TestCore;
let w: NotesWorld;
let noteId: string;
const WORDS = ['Zephyrine', 'marmalade', 'lighthouse', 'Quillon', 'sandcastle', 'Wrenfield'];

beforeAll(async () => {
  t = await startTestCore();
  w = await createNotesWorld(t);
  const peerOwn = await w.person('peer-own', ['peer_support_specialist']);
  await t.core.services.dataSource.query('INSERT INTO occurrence_facilitators (occurrence_id, staff_id) VALUES (?, ?)', [w.occurrenceIds[0], peerOwn]);
  await w.person('peer-other', ['peer_support_specialist']);
  await w.person('fac-other', ['facilitator']);
  await w.person('counsellor', ['counsellor']);
  await w.person('manager', ['manager']);
  await w.person('scheduler', ['scheduling_staff']);
  await w.person('administrator', ['administrator']);
  const saved = await t.must('fac', 'notes.save', {
    subjectKind: 'occurrence',
    subjectId: w.occurrenceIds[0],
    baseRevisionId: null,
    content: w.content({
      topic: `Topic ${WORDS[0]}`,
      discussion: `About ${WORDS[1]}`,
      closing: `Closing ${WORDS[2]}`,
      participants: [w.lines(w.eloise, { checkIn: `Eloise ${WORDS[3]}`, mood: 3, sharing: 'Eloise shared', goal: 'Eloise goal' }), w.lines(w.bruno, { checkIn: `Bruno ${WORDS[4]}`, sharing: 'Bruno shared', goal: 'Bruno goal' })],
    }),
  });
  // A stale save, so a conflict is in the trail too.
  await t.call('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: w.occurrenceIds[0], baseRevisionId: null, content: w.content({ topic: 'Obsidianwind' }) });
  await t.must('fac', 'notes.sign', { noteId: saved.noteId, revisionId: saved.id, password: STAFF_PASSWORD });
  await t.must('fac', 'notes.addAddendum', { noteId: saved.noteId, text: `Addendum ${WORDS[5]}`, password: STAFF_PASSWORD });
  await t.must('counsellor', 'notes.coSign', { noteId: saved.noteId, password: STAFF_PASSWORD });
  noteId = saved.noteId;
});
afterAll(() => t.dispose());

describe('who may open a meeting’s note', () => {
  const cases: Array<[string, string, 'opens' | 'not_found' | 'forbidden']> = [
    ['the meeting’s facilitator', 'fac', 'opens'],
    ['a peer support specialist who facilitates the meeting', 'peer-own', 'opens'],
    ['a counsellor', 'counsellor', 'opens'],
    ['a manager', 'manager', 'opens'],
    ['a facilitator of other meetings', 'fac-other', 'not_found'],
    ['a peer support specialist of other meetings', 'peer-other', 'not_found'],
    ['scheduling staff', 'scheduler', 'forbidden'],
    ['an administrator without a clinical role', 'administrator', 'forbidden'],
  ];
  for (const [who, channel, outcome] of cases) {
    test(`${who}: ${outcome === 'opens' ? 'opens it, and the opening is recorded' : 'cannot open it, nor save, sign or add to it'}`, async () => {
      const before = (await auditRows(t)).length;
      const result = await openNote(t, channel, w.occurrenceIds[0]);
      if (outcome === 'opens') {
        expect(result.ok && result.value.noteId).toBe(noteId);
        const rows = (await auditRows(t)).slice(before);
        expect(rows).toEqual([expect.objectContaining({ action: 'record.open', entity_type: 'groupNote', entity_id: w.occurrenceIds[0] })]);
        return;
      }
      expect(errorOf(result).code).toBe(outcome);
      const attempts: Array<() => Promise<Result<unknown>>> = [
        () => t.call(channel, 'notes.save', { subjectKind: 'occurrence', subjectId: w.occurrenceIds[1], baseRevisionId: null, content: w.content() }),
        () => t.call(channel, 'notes.addAddendum', { noteId, text: 'Not mine to add', password: STAFF_PASSWORD }),
        () => t.call(channel, 'notes.sign', { noteId, revisionId: noteId, password: STAFF_PASSWORD }),
      ];
      for (const attempt of attempts) {
        expect(errorOf(await attempt()).code).toBe(outcome);
      }
      const lines = await t.call(channel, 'notes.residentLines', { residentId: w.eloise, openingId: newOpening() });
      if (outcome === 'forbidden') expect(errorOf(lines).code).toBe('forbidden');
      else expect(lines.ok && lines.value).toEqual({ lines: [], goals: [] });
    });
  }
});

describe('a resident’s page', () => {
  test('shows only that resident’s own lines and goals, never another participant’s, and the opening is recorded', async () => {
    const before = (await auditRows(t)).length;
    const view = await t.must('counsellor', 'notes.residentLines', { residentId: w.eloise, openingId: newOpening() });
    expect(view.lines).toEqual([{ noteId, subjectKind: 'occurrence', meetingTitle: 'Thursday peer group', localDate: '2026-12-02', signed: true, checkIn: `Eloise ${WORDS[3]}`, mood: 3, sharing: 'Eloise shared', goal: 'Eloise goal' }]);
    expect(view.goals.map((goal) => [goal.text, goal.status])).toEqual([['Eloise goal', 'open']]);
    const everything = JSON.stringify(view);
    for (const foreign of ['Bruno', WORDS[0], WORDS[1], WORDS[2], WORDS[4], WORDS[5]]) expect(everything).not.toContain(foreign);
    expect((await auditRows(t)).slice(before)).toEqual([expect.objectContaining({ action: 'record.open', entity_type: 'residentNoteLines', resident_id: w.eloise })]);
  });
});

test('no audit row holds any word of the note, its addendum or its lines', async () => {
  const rows = await t.core.services.dataSource.query<Array<Record<string, unknown>>>('SELECT * FROM audit_events');
  const trail = JSON.stringify(rows).toLowerCase();
  expect(rows.length).toBeGreaterThan(5);
  for (const word of [...WORDS, 'Eloise shared', 'Bruno goal', 'Obsidianwind']) expect(trail.includes(word.toLowerCase()), word).toBe(false);
});
