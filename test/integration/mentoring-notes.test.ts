import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { NoteContent } from '../../shared/contract/notes';
import type { Result } from '../../shared/errors';
import { auditRows, expectNothingWritten } from '../support/db-snapshot';
import { admission, errorOf, newOpening, startTestCore, STAFF_PASSWORD, type TestCore } from '../support/test-core';

// A mentoring meeting's note: the same note as a group meeting's (revisions, signing, goals, audit),
// read only by the pair's mentor, managers and counsellors. The test clock starts on Monday
// 23 November 2026; Petra mentors Alice and logs two meetings with her.

let t: TestCore;
let petra: string;
let alice: string;
let pairId: string;
let earlier: string;
let later: string;

const subject = (meetingId: string) => ({ subjectKind: 'mentoringMeeting' as const, subjectId: meetingId });
const content = (overrides: Partial<NoteContent> = {}): NoteContent => ({
  facilitatorId: petra,
  coFacilitatorId: null,
  topic: 'Weekend pass',
  discussion: 'Talked through the weekend plan Quartzlantern.',
  closing: '',
  participants: [{ residentId: alice, checkIn: 'Nervous Marigoldfen', mood: 3, sharing: 'Worried about Saturday', goal: 'Call her sponsor on Friday' }],
  sections: [],
  ...overrides,
});

async function meetingsOf(id: string): Promise<string[]> {
  return (await t.must('admin', 'mentoring.getPair', { id })).meetings.map((meeting) => meeting.id);
}

beforeEach(async () => {
  t = await startTestCore();
  petra = (await t.signInAs('petra', ['peer_support_specialist'], 'Petra')).staffId;
  await t.signInAs('quinn', ['peer_support_specialist'], 'Quinn');
  alice = (await t.must('admin', 'residents.admit', admission({ firstName: 'Alice', lastName: 'Martin' }))).id;
  pairId = (await t.must('admin', 'mentoring.createPair', { mentorStaffId: petra, residentId: alice, startsOn: '2026-11-10' })).id;
  await t.must('petra', 'mentoring.logMeeting', { pairId, heldOn: '2026-11-16', durationMinutes: 40, topics: ['sleep'], privateNote: '' });
  await t.must('petra', 'mentoring.logMeeting', { pairId, heldOn: '2026-11-23', durationMinutes: 30, topics: [], privateNote: 'Private words' });
  [later, earlier] = await meetingsOf(pairId);
});
afterEach(() => t.dispose());

async function signedNote(meetingId: string, overrides: Partial<NoteContent> = {}) {
  const saved = await t.must('petra', 'notes.save', { ...subject(meetingId), baseRevisionId: null, content: content(overrides) });
  return t.must('petra', 'notes.sign', { noteId: saved.noteId, revisionId: saved.id, password: STAFF_PASSWORD });
}

describe('the mentor', () => {
  test('opens the note of a logged meeting with the mentee as its one participant, writes it, saves it and signs it', async () => {
    const empty = await t.must('petra', 'notes.open', { ...subject(earlier), openingId: newOpening() });
    expect(empty.meeting).toMatchObject({ subjectKind: 'mentoringMeeting', subjectId: earlier, title: 'Alice Martin', localDate: '2026-11-16', startsAt: null, endsAt: null, durationMinutes: 40, facilitators: [{ id: petra }] });
    expect(empty.participants).toEqual([{ residentId: alice, name: 'Alice Martin', attendance: null, openGoals: [] }]);
    expect(empty.noteId).toBeNull();

    const first = await t.must('petra', 'notes.save', { ...subject(earlier), baseRevisionId: null, content: content({ topic: 'Week' }) });
    const second = await t.must('petra', 'notes.save', { ...subject(earlier), baseRevisionId: first.id, content: content() });
    expect(errorOf(await t.call('petra', 'notes.save', { ...subject(earlier), baseRevisionId: first.id, content: content({ topic: 'Stale' }) }))).toMatchObject({ code: 'conflict', messageKey: 'problems.noteConflict' });
    const signed = await t.must('petra', 'notes.sign', { noteId: second.noteId, revisionId: second.id, password: STAFF_PASSWORD });
    expect(signed.signature).toMatchObject({ staffId: petra, revisionId: second.id });
    expect(signed.head?.content.topic).toBe('Weekend pass');
    expect(errorOf(await t.call('petra', 'notes.save', { ...subject(earlier), baseRevisionId: second.id, content: content({ topic: 'After signing' }) }))).toMatchObject({ messageKey: 'problems.noteSigned' });
    const withAddendum = await t.must('petra', 'notes.addAddendum', { noteId: second.noteId, text: 'She called on Saturday instead.', password: STAFF_PASSWORD });
    expect(withAddendum.addenda).toHaveLength(1);
  });

  test('the pair page says whether each meeting’s note is started and signed; the private note stays as it was', async () => {
    const states = async () => (await t.must('petra', 'mentoring.getPair', { id: pairId })).meetings.map((meeting) => [meeting.id, meeting.noteState, meeting.privateNote]);
    expect(await states()).toEqual([[later, 'none', 'Private words'], [earlier, 'none', null]]);
    await t.must('petra', 'notes.save', { ...subject(later), baseRevisionId: null, content: content() });
    await signedNote(earlier);
    expect(await states()).toEqual([[later, 'draft', 'Private words'], [earlier, 'signed', null]]);
  });

  test('goals set in a signed mentoring note are shown at the pair’s next meeting, beside the mentee', async () => {
    await signedNote(earlier);
    const next = await t.must('petra', 'notes.open', { ...subject(later), openingId: newOpening() });
    expect(next.participants[0].openGoals).toEqual([expect.objectContaining({ text: 'Call her sponsor on Friday', status: 'open', setOn: '2026-11-16', meetingTitle: 'Alice Martin', subjectKind: 'mentoringMeeting' })]);
    // The earlier meeting does not show its own goal as last week's.
    expect((await t.must('petra', 'notes.open', { ...subject(earlier), openingId: newOpening() })).participants[0].openGoals).toEqual([]);

    // Followed up by the mentor (another specialist cannot touch it): achieved, it is no longer shown.
    const [goal] = next.participants[0].openGoals;
    expect(errorOf(await t.call('quinn', 'notes.setGoalStatus', { goalId: goal.id, expectedVersion: goal.version, status: 'achieved' })).code).toBe('not_found');
    await t.must('petra', 'notes.setGoalStatus', { goalId: goal.id, expectedVersion: goal.version, status: 'achieved' });
    expect((await t.must('petra', 'notes.open', { ...subject(later), openingId: newOpening() })).participants[0].openGoals).toEqual([]);
  });
});

describe('who may read a mentoring meeting’s note', () => {
  test('another peer support specialist, and a facilitator, get not_found on open, save and sign, and nothing is written', async () => {
    const saved = await t.must('petra', 'notes.save', { ...subject(earlier), baseRevisionId: null, content: content() });
    await t.signInAs('fac', ['facilitator'], 'Faye');
    for (const channel of ['quinn', 'fac']) {
      expect(errorOf(await t.call(channel, 'notes.open', { ...subject(earlier), openingId: newOpening() }))).toMatchObject({ code: 'not_found', messageKey: 'problems.notFound.note' });
      const attempts: Array<() => Promise<Result<unknown>>> = [
        () => t.call(channel, 'notes.save', { ...subject(earlier), baseRevisionId: saved.id, content: content({ topic: 'Not mine' }) }),
        () => t.call(channel, 'notes.save', { ...subject(later), baseRevisionId: null, content: content({ topic: 'Not mine either' }) }),
        () => t.call(channel, 'notes.sign', { noteId: saved.noteId, revisionId: saved.id, password: STAFF_PASSWORD }),
      ];
      for (const attempt of attempts) expect(errorOf(await expectNothingWritten(t, attempt)).code).toBe('not_found');
    }
  });

  test('a counsellor and a manager read it; scheduling staff cannot', async () => {
    await signedNote(earlier);
    await t.signInAs('counsellor', ['counsellor'], 'Cole');
    await t.signInAs('manager', ['manager'], 'Mona');
    await t.signInAs('scheduler', ['scheduling_staff'], 'Sid');
    for (const channel of ['counsellor', 'manager']) expect((await t.must(channel, 'notes.open', { ...subject(earlier), openingId: newOpening() })).head?.content.topic).toBe('Weekend pass');
    expect(errorOf(await t.call('scheduler', 'notes.open', { ...subject(earlier), openingId: newOpening() })).code).toBe('forbidden');
    expect(errorOf(await t.call('counsellor', 'notes.open', { subjectKind: 'mentoringMeeting', subjectId: pairId, openingId: newOpening() })).code).toBe('not_found');
  });

  test('the mentee’s page shows their lines from the mentoring note to the mentor and a counsellor, not to another specialist', async () => {
    await signedNote(earlier);
    await t.signInAs('counsellor', ['counsellor'], 'Cole');
    for (const channel of ['petra', 'counsellor']) {
      const view = await t.must(channel, 'notes.residentLines', { residentId: alice, openingId: newOpening() });
      expect(view.lines).toEqual([expect.objectContaining({ subjectKind: 'mentoringMeeting', meetingTitle: 'Alice Martin', localDate: '2026-11-16', signed: true, checkIn: 'Nervous Marigoldfen', goal: 'Call her sponsor on Friday' })]);
      expect(view.goals.map((goal) => goal.text)).toEqual(['Call her sponsor on Friday']);
    }
    expect(await t.must('quinn', 'notes.residentLines', { residentId: alice, openingId: newOpening() })).toEqual({ lines: [], goals: [] });
  });
});

test('each opening is audited against the meeting with its kind, and no audit row holds the note’s words', async () => {
  const before = (await auditRows(t)).length;
  await t.must('petra', 'notes.open', { ...subject(earlier), openingId: newOpening() });
  expect((await auditRows(t)).slice(before)).toEqual([expect.objectContaining({ action: 'record.open', entity_type: 'groupNote', entity_id: earlier, details: expect.objectContaining({ subjectKind: 'mentoringMeeting' }) })]);
  const signed = await signedNote(earlier);
  await t.must('petra', 'notes.addAddendum', { noteId: signed.noteId!, text: 'Addendum Velvetmoss', password: STAFF_PASSWORD });
  await t.must('petra', 'notes.residentLines', { residentId: alice, openingId: newOpening() });
  const signing = (await auditRows(t)).find((row) => row.details.signed === true);
  expect(signing).toMatchObject({ entity_id: earlier, details: expect.objectContaining({ subjectKind: 'mentoringMeeting' }) });
  const trail = JSON.stringify(await t.core.services.dataSource.query('SELECT * FROM audit_events'));
  for (const word of ['Quartzlantern', 'Marigoldfen', 'Velvetmoss', 'Worried about Saturday', 'sponsor']) expect(trail.includes(word), word).toBe(false);
});
