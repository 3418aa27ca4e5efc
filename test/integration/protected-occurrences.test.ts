import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ScheduledOccurrence } from '../../shared/contract/schedule';
import { createNotesWorld, type NotesWorld } from '../support/notes-world';
import { newOpening, startTestCore, type TestCore } from '../support/test-core';

let t: TestCore;
let w: NotesWorld;
beforeEach(async () => {
  t = await startTestCore(); // Monday 2026-11-23; the peer group meets on Wednesdays from 2 Dec, four times
  w = await createNotesWorld(t);
});
afterEach(() => t.dispose());

const meetings = async (): Promise<ScheduledOccurrence[]> =>
  (await t.must('admin', 'schedule.range', { from: '2026-11-30', to: '2026-12-31' })).occurrences.filter((o) => o.sessionId === w.sessionId);

describe('a series edit leaves meetings with a note as they are', () => {
  test('a whole-series edit rewrites the other meetings but leaves the one with a note untouched', async () => {
    const before = await meetings();
    const noted = before[1];
    await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: noted.id, baseRevisionId: null, content: w.content() });
    const updated = await t.must('admin', 'sessions.updateSeries', {
      sessionId: w.sessionId,
      expectedVersion: 1,
      fromOccurrenceId: null,
      draft: w.draft({ title: 'Thursday peer group', facilitatorIds: [w.facilitatorStaffId], participantIds: [w.eloise, w.bruno], startTime: '11:00', locationId: w.artStudioId }),
    });
    expect(updated.version).toBe(2);
    const after = await meetings();
    expect(after.find((o) => o.id === noted.id)).toEqual(noted);
    for (const other of after.filter((o) => o.id !== noted.id)) expect(other).toMatchObject({ location: { id: w.artStudioId }, version: 2 });
  });

  test('a series moved to another weekday keeps the meeting with a note on its day instead of deleting it', async () => {
    const before = await meetings();
    const noted = before[2];
    await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: noted.id, baseRevisionId: null, content: w.content() });
    await t.must('admin', 'sessions.updateSeries', {
      sessionId: w.sessionId,
      expectedVersion: 1,
      fromOccurrenceId: null,
      draft: w.draft({ title: 'Thursday peer group', facilitatorIds: [w.facilitatorStaffId], participantIds: [w.eloise, w.bruno], recurrence: { interval: 1, weekdays: ['TH'], ends: { kind: 'afterCount', count: 4 } } }),
    });
    const after = await meetings();
    expect(after.find((o) => o.id === noted.id)).toEqual(noted);
    expect(after.filter((o) => o.id !== noted.id).every((o) => !before.some((b) => b.id === o.id))).toBe(true);
    expect((await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: noted.id, openingId: newOpening() })).head?.content.topic).toBe('Mornings');
  });
});
