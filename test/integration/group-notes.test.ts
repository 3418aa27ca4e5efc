import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Result } from '../../shared/errors';
import type { NoteConflict, NoteContent } from '../../shared/contract/notes';
import { hashAddendum, hashNoteContent } from '../../electron/core/notes/canonical-content';
import { auditRows, countRows, expectNothingWritten } from '../support/db-snapshot';
import { createNotesWorld, openNote, type NotesWorld } from '../support/notes-world';
import { ADMIN_PASSWORD, errorOf, newOpening, STAFF_PASSWORD, startTestCore, type TestCore } from '../support/test-core';

let t: TestCore;
let w: NotesWorld;
beforeEach(async () => {
  t = await startTestCore();
  w = await createNotesWorld(t);
});
afterEach(() => t.dispose());

const meeting = () => w.occurrenceIds[0];

describe('writing a note', () => {
  test('the facilitator opens an empty note with the meeting’s participants, and each autosave appends a revision on the one before', async () => {
    const empty = await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: meeting(), openingId: newOpening() });
    expect(empty).toMatchObject({ noteId: null, head: null, signature: null, meeting: { title: 'Thursday peer group', localDate: '2026-12-02' } });
    expect(empty.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Éloïse Tremblay', 'Bruno Gagnon']));

    const first = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content({ topic: 'Morn' }) });
    const second = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: first.id, content: w.content() });
    expect(second).toMatchObject({ noteId: first.noteId, baseRevisionId: first.id, authorStaffId: w.facilitatorStaffId, authorName: 'Faye facilitator' });
    expect(await countRows(t, 'group_note_revisions', 'note_id = ?', [first.noteId])).toBe(2);
    const reopened = await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: meeting(), openingId: newOpening() });
    expect(reopened.head).toEqual(second);
  });

  test('autosaves write no audit row', async () => {
    const before = (await auditRows(t)).length;
    let base: string | null = null;
    for (let i = 0; i < 5; i += 1) base = (await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: base, content: w.content({ topic: `Mornings ${i}` }) })).id;
    expect((await auditRows(t)).length).toBe(before);
  });

  test('a line for someone not on the register is refused', async () => {
    const content = w.content({ participants: [w.lines('0190a0a0-0000-7000-8000-000000000000', { checkIn: 'x' })] });
    expect(errorOf(await t.call('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content })).code).toBe('validation');
  });
});

describe('two windows on one note', () => {
  test('a save made on a stale revision is refused with both versions, nothing is overwritten or merged, and the conflict is audited without text', async () => {
    const first = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content({ topic: 'Window A' }) });
    const fromB = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: first.id, content: w.content({ topic: 'Window B' }) });
    const mine = w.content({ topic: 'Window A again' });
    const refused = errorOf(await t.call('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: first.id, content: mine }));
    expect(refused).toMatchObject({ code: 'conflict', messageKey: 'problems.noteConflict' });
    const details = refused.details as NoteConflict;
    expect(details.yours).toEqual(mine);
    expect(details.current).toEqual(fromB);
    expect((await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: meeting(), openingId: newOpening() })).head?.content.topic).toBe('Window B');
    expect(await countRows(t, 'group_note_revisions')).toBe(2);
    const conflictRow = (await auditRows(t)).find((row) => row.details.refused === 'staleRevision');
    expect(conflictRow).toMatchObject({ action: 'record.update', entity_type: 'groupNote', entity_id: meeting(), details: { baseRevisionId: first.id, currentRevisionId: fromB.id } });
  });

  test('a first save when the note was already started elsewhere is a conflict too', async () => {
    await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content({ topic: 'One' }) });
    expect(errorOf(await t.call('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content({ topic: 'Two' }) }))).toMatchObject({ code: 'conflict', messageKey: 'problems.noteConflict' });
  });
});

describe('signing', () => {
  async function signedNote() {
    const saved = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content() });
    const note = await t.must('fac', 'notes.sign', { noteId: saved.noteId, revisionId: saved.id, password: STAFF_PASSWORD });
    return { saved, note };
  }

  test('a wrong password signs nothing; the right one locks the note with the signer, the time and the hash of its content', async () => {
    const saved = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content() });
    expect(errorOf(await t.call('fac', 'notes.sign', { noteId: saved.noteId, revisionId: saved.id, password: 'not my password' }))).toMatchObject({ code: 'validation', messageKey: 'problems.wrongPassword' });
    expect((await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: meeting(), openingId: newOpening() })).signature).toBeNull();

    const note = await t.must('fac', 'notes.sign', { noteId: saved.noteId, revisionId: saved.id, password: STAFF_PASSWORD });
    expect(note.signature).toMatchObject({ staffId: w.facilitatorStaffId, name: 'Faye facilitator', at: t.clock.now().toISOString(), revisionId: saved.id });
    expect(note.signature?.hash).toBe(hashNoteContent(saved.content));
    const [stored] = await t.core.services.dataSource.query<Array<{ content: string }>>('SELECT content FROM group_note_revisions WHERE id = ?', [saved.id]);
    expect(hashNoteContent(JSON.parse(stored.content) as NoteContent)).toBe(note.signature?.hash);
  });

  test('signing what was not the newest revision is refused', async () => {
    const first = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content() });
    await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: first.id, content: w.content({ topic: 'Later' }) });
    expect(errorOf(await t.call('fac', 'notes.sign', { noteId: first.noteId, revisionId: first.id, password: STAFF_PASSWORD }))).toMatchObject({ code: 'conflict', messageKey: 'problems.noteChangedBeforeSigning' });
  });

  test('a signed note cannot be changed by any operation, and stays as signed', async () => {
    const { saved, note } = await signedNote();
    const attempts: Array<() => Promise<Result<unknown>>> = [
      () => t.call('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: saved.id, content: w.content({ topic: 'Changed after signing' }) }),
      () => t.call('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content({ topic: 'Started over' }) }),
      () => t.call('admin', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: saved.id, content: w.content({ topic: 'A manager changing it' }) }),
      () => t.call('fac', 'notes.sign', { noteId: saved.noteId, revisionId: saved.id, password: STAFF_PASSWORD }),
    ];
    for (const attempt of attempts) {
      const refused = errorOf(await expectNothingWritten(t, attempt));
      expect(refused).toMatchObject({ code: 'conflict', messageKey: 'problems.noteSigned' });
    }
    const after = await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: meeting(), openingId: newOpening() });
    expect(after.head).toEqual(note.head);
    expect(after.signature).toEqual(note.signature);
  });

  test('an addendum is signed with the password, timestamped and shown under the note; the note itself is unchanged', async () => {
    const { note } = await signedNote();
    expect(errorOf(await t.call('fac', 'notes.addAddendum', { noteId: note.noteId!, text: 'Bruno left early.', password: 'wrong' })).code).toBe('validation');
    t.clock.advance(60_000);
    const withAddendum = await t.must('fac', 'notes.addAddendum', { noteId: note.noteId!, text: 'Bruno left early.', password: STAFF_PASSWORD });
    expect(withAddendum.addenda).toEqual([expect.objectContaining({ text: 'Bruno left early.', authorName: 'Faye facilitator', at: t.clock.now().toISOString() })]);
    const [addendum] = withAddendum.addenda;
    expect(addendum.hash).toBe(hashAddendum({ noteId: note.noteId!, text: 'Bruno left early.', authorStaffId: w.facilitatorStaffId, writtenAt: addendum.at }));
    expect(withAddendum.head).toEqual(note.head);
    expect(withAddendum.signature).toEqual(note.signature);
  });

  test('an addendum waits for the signature: before it, the note itself is edited', async () => {
    const saved = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content() });
    expect(errorOf(await t.call('fac', 'notes.addAddendum', { noteId: saved.noteId, text: 'Too early', password: STAFF_PASSWORD }))).toMatchObject({ messageKey: 'problems.noteNotSigned' });
  });

  test('a counsellor co-signs a signed note; the signer cannot co-sign their own, and a facilitator cannot co-sign at all', async () => {
    const { note } = await signedNote();
    expect(errorOf(await t.call('fac', 'notes.coSign', { noteId: note.noteId!, password: STAFF_PASSWORD })).code).toBe('forbidden');
    const counsellorId = await w.person('coun', ['counsellor']);
    const coSigned = await t.must('coun', 'notes.coSign', { noteId: note.noteId!, password: STAFF_PASSWORD });
    expect(coSigned.coSignature).toMatchObject({ staffId: counsellorId });
    expect(errorOf(await t.call('coun', 'notes.coSign', { noteId: note.noteId!, password: STAFF_PASSWORD }))).toMatchObject({ messageKey: 'problems.noteAlreadyCoSigned' });
    const selfSigned = await t.signInAs('self', ['counsellor']);
    const other = await t.must('self', 'notes.save', { subjectKind: 'occurrence', subjectId: w.occurrenceIds[1], baseRevisionId: null, content: w.content() });
    await t.must('self', 'notes.sign', { noteId: other.noteId, revisionId: other.id, password: STAFF_PASSWORD });
    expect(selfSigned.staffId).toBeTruthy();
    expect(errorOf(await t.call('self', 'notes.coSign', { noteId: other.noteId, password: STAFF_PASSWORD }))).toMatchObject({ messageKey: 'problems.noteCoSignSelf' });
  });

  test('taking a participant off the meeting after signing leaves the signed note intact, their lines included', async () => {
    const { note } = await signedNote();
    // The schedule's occurrences.update is not merged yet: take Bruno off the meeting as it will, by removing his booking row.
    await t.core.services.dataSource.query('DELETE FROM occurrence_participants WHERE occurrence_id = ? AND resident_id = ?', [meeting(), w.bruno]);
    expect(await countRows(t, 'occurrence_participants', 'occurrence_id = ?', [meeting()])).toBe(1);
    const after = await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: meeting(), openingId: newOpening() });
    expect(after.head).toEqual(note.head);
    expect(after.participants.map((p) => p.residentId).sort()).toEqual([w.eloise, w.bruno].sort());
    expect(after.head?.content.participants.find((line) => line.residentId === w.bruno)?.sharing).toBe('Missed his sister');
    expect(hashNoteContent(after.head!.content)).toBe(note.signature?.hash);
  });
});

describe('participants from attendance', () => {
  const mark = (residentId: string, status: 'present' | 'late' | 'absent' | 'excused', reason: string | null = null) => ({ residentId, status, reason, engagement: null, expectedVersion: null });
  /** Ten days on, past the first meeting (Wednesday 2 Dec): the idle screens are unlocked again. */
  async function afterTheMeeting() {
    t.clock.advance(10 * 24 * 60 * 60_000);
    await t.must('admin', 'auth.unlock', { password: ADMIN_PASSWORD });
    await t.must('fac', 'auth.unlock', { password: STAFF_PASSWORD });
  }

  test('the note lists the roster and walk-ins with the attendance taken for each; before it is taken nobody is marked', async () => {
    const before = await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: meeting(), openingId: newOpening() });
    expect(before.participants.map((p) => [p.residentId, p.attendance])).toEqual(expect.arrayContaining([[w.eloise, null], [w.bruno, null]]));
    await afterTheMeeting();
    await t.must('admin', 'attendance.record', { occurrenceId: meeting(), marks: [mark(w.eloise, 'present'), mark(w.bruno, 'excused', 'Medical appointment')] });
    await t.must('admin', 'attendance.addWalkIn', { occurrenceId: meeting(), residentId: w.chloe, status: 'late', reason: null, engagement: null });
    const after = await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: meeting(), openingId: newOpening() });
    expect(Object.fromEntries(after.participants.map((p) => [p.residentId, p.attendance]))).toEqual({
      [w.eloise]: { status: 'present', walkIn: false },
      [w.bruno]: { status: 'excused', walkIn: false },
      [w.chloe]: { status: 'late', walkIn: true },
    });
  });

  test('a change of attendance after signing never alters the signed note: its content, hash and lines stay as signed', async () => {
    await afterTheMeeting();
    const sheet = await t.must('admin', 'attendance.record', { occurrenceId: meeting(), marks: [mark(w.eloise, 'present'), mark(w.bruno, 'present')] });
    const saved = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content() });
    const signed = await t.must('fac', 'notes.sign', { noteId: saved.noteId, revisionId: saved.id, password: STAFF_PASSWORD });
    const brunoMark = sheet.rows.find((row) => row.residentId === w.bruno)?.mark;
    await t.must('admin', 'attendance.correct', { markId: brunoMark!.id, expectedVersion: brunoMark!.version, status: 'absent', reason: 'Was in hospital', engagement: null });
    await t.must('admin', 'attendance.addWalkIn', { occurrenceId: meeting(), residentId: w.chloe, status: 'present', reason: null, engagement: null });
    expect(await countRows(t, 'attendance_marks', 'occurrence_id = ?', [meeting()])).toBe(3);

    const after = await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: meeting(), openingId: newOpening() });
    expect(after.head).toEqual(signed.head);
    expect(after.signature).toEqual(signed.signature);
    expect(hashNoteContent(after.head!.content)).toBe(signed.signature?.hash);
    expect(after.participants).toEqual(signed.participants);
    expect(after.participants.map((p) => p.residentId).sort()).toEqual([w.eloise, w.bruno].sort());
    expect(after.head?.content.participants.find((line) => line.residentId === w.bruno)).toMatchObject({ sharing: 'Missed his sister', goal: 'Call his sister' });
  });
});

describe('goals followed from week to week', () => {
  test('closing-round goals become open goals when the note is signed, and show beside the person at the next meeting of the series until marked achieved', async () => {
    const saved = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content() });
    const unsignedNext = await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: w.occurrenceIds[1], openingId: newOpening() });
    expect(unsignedNext.participants.every((p) => p.openGoals.length === 0)).toBe(true);

    await t.must('fac', 'notes.sign', { noteId: saved.noteId, revisionId: saved.id, password: STAFF_PASSWORD });
    const next = await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: w.occurrenceIds[1], openingId: newOpening() });
    const eloiseGoals = next.participants.find((p) => p.residentId === w.eloise)?.openGoals ?? [];
    expect(eloiseGoals).toEqual([expect.objectContaining({ text: 'Walk before breakfast', status: 'open', setOn: '2026-12-02', meetingTitle: 'Thursday peer group' })]);
    expect(next.participants.find((p) => p.residentId === w.bruno)?.openGoals.map((g) => g.text)).toEqual(['Call his sister']);
    // The meeting before it does not show goals set later.
    expect((await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: meeting(), openingId: newOpening() })).participants.every((p) => p.openGoals.length === 0)).toBe(true);

    const achieved = await t.must('fac', 'notes.setGoalStatus', { goalId: eloiseGoals[0].id, expectedVersion: eloiseGoals[0].version, status: 'achieved' });
    expect(achieved).toMatchObject({ status: 'achieved', version: eloiseGoals[0].version + 1 });
    expect(errorOf(await t.call('fac', 'notes.setGoalStatus', { goalId: eloiseGoals[0].id, expectedVersion: eloiseGoals[0].version, status: 'dropped' })).code).toBe('conflict');
    const later = await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: w.occurrenceIds[1], openingId: newOpening() });
    expect(later.participants.find((p) => p.residentId === w.eloise)?.openGoals).toEqual([]);
    const { goals } = await t.must('fac', 'notes.residentLines', { residentId: w.eloise, openingId: newOpening() });
    expect(goals).toEqual([expect.objectContaining({ text: 'Walk before breakfast', status: 'achieved' })]);
  });
});

describe('unsigned notes', () => {
  test('a note left unsigned for more than two days is listed for its author and for managers, not for other facilitators', async () => {
    await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content() });
    await w.person('other', ['facilitator']);
    expect(await t.must('fac', 'notes.unsignedOverdue', {})).toEqual([]);
    t.clock.advance(2 * 24 * 3600 * 1000 + 60_000);
    for (const [channel, password] of [['fac', STAFF_PASSWORD], ['other', STAFF_PASSWORD], ['admin', ADMIN_PASSWORD]]) await t.must(channel, 'auth.unlock', { password });
    expect((await t.must('fac', 'notes.unsignedOverdue', {})).map((n) => n.subjectId)).toEqual([meeting()]);
    expect((await t.must('admin', 'notes.unsignedOverdue', {}))[0]).toMatchObject({ subjectKind: 'occurrence', subjectId: meeting(), meetingTitle: 'Thursday peer group', startedByName: 'Faye facilitator' });
    expect(await t.must('other', 'notes.unsignedOverdue', {})).toEqual([]);
  });

  test('the delay before an unsigned note is listed is the centre’s setting', async () => {
    const current = await t.must('admin', 'settings.get', {});
    const { version, ...fields } = current;
    await t.must('admin', 'settings.update', { ...fields, unsignedNoteOverdueDays: 5, expectedVersion: version });
    await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: meeting(), baseRevisionId: null, content: w.content() });
    t.clock.advance(3 * 24 * 3600 * 1000);
    for (const [channel, password] of [['fac', STAFF_PASSWORD], ['admin', ADMIN_PASSWORD]]) await t.must(channel, 'auth.unlock', { password });
    expect(await t.must('admin', 'notes.unsignedOverdue', {})).toEqual([]);
    t.clock.advance(2 * 24 * 3600 * 1000 + 60_000);
    for (const [channel, password] of [['fac', STAFF_PASSWORD], ['admin', ADMIN_PASSWORD]]) await t.must(channel, 'auth.unlock', { password });
    expect((await t.must('admin', 'notes.unsignedOverdue', {})).map((n) => n.subjectId)).toEqual([meeting()]);
  });
});

test('opening the same note twice in one opening writes one audit row', async () => {
  const opening = newOpening();
  const before = (await auditRows(t)).length;
  await openNote(t, 'fac', meeting(), opening);
  await openNote(t, 'fac', meeting(), opening);
  expect((await auditRows(t)).length).toBe(before + 1);
});
