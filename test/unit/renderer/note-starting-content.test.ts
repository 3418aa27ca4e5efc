import { describe, expect, it } from 'vitest';
import type { GroupNote, NoteParticipant } from '../../../shared/contract/notes';
import { startingContent } from '../../../renderer/features/notes/noteContent';

const person = (residentId: string, status: NonNullable<NoteParticipant['attendance']>['status'] | null): NoteParticipant => ({
  residentId,
  name: residentId,
  attendance: status ? { status, walkIn: false } : null,
  openGoals: [],
});

const noteWith = (participants: NoteParticipant[], written: string[] = []): GroupNote => ({
  meeting: { subjectKind: 'occurrence', subjectId: 'm', title: 'Peer group', startsAt: '', endsAt: '', localDate: '2026-12-02', durationMinutes: null, facilitators: [] },
  noteId: null,
  participants,
  head: written.length
    ? { id: 'r', noteId: 'n', baseRevisionId: null, authorStaffId: 's', authorName: '', savedAt: '', content: { facilitatorId: null, coFacilitatorId: null, topic: '', discussion: '', closing: '', participants: written.map((residentId) => ({ residentId, checkIn: 'Written', mood: null, sharing: '', goal: '' })) } }
    : null,
  signature: null,
  coSignature: null,
  addenda: [],
});

describe('the lines a note starts with', () => {
  it('gives present, late and not-yet-marked people an empty line, and absent or excused people none', () => {
    const note = noteWith([person('ana', 'present'), person('ben', 'absent'), person('cam', 'excused'), person('dee', 'late'), person('eve', null)]);
    expect(startingContent(note).participants.map((line) => line.residentId)).toEqual(['ana', 'dee', 'eve']);
  });

  it('keeps lines already written for someone marked absent afterwards', () => {
    const note = noteWith([person('ana', 'present'), person('ben', 'absent')], ['ben']);
    expect(startingContent(note).participants.map((line) => [line.residentId, line.checkIn])).toEqual([
      ['ana', ''],
      ['ben', 'Written'],
    ]);
  });
});
