import { describe, expect, it } from 'vitest';
import type { GroupNote, NoteParticipant } from '../../../shared/contract/notes';
import { emptyLines, linesToShow, startingContent, withLine } from '../../../renderer/features/notes/noteContent';

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
    ? { id: 'r', noteId: 'n', baseRevisionId: null, authorStaffId: 's', authorName: '', savedAt: '', content: { facilitatorId: null, coFacilitatorId: null, topic: '', discussion: '', closing: '', participants: written.map((residentId) => ({ residentId, checkIn: 'Written', mood: null, sharing: '', goal: '' })), sections: [] } }
    : null,
  signature: null,
  coSignature: null,
  addenda: [],
  template: null,
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

describe('the lines the editor shows while attendance changes under it', () => {
  it('gives a walk-in marked after the note was opened an empty line, saved only once something is typed in it', () => {
    const opened = noteWith([person('ana', 'present')]);
    const content = startingContent(opened);
    const withWalkIn = noteWith([person('ana', 'present'), { ...person('zed', 'present'), attendance: { status: 'present', walkIn: true } }]);
    expect(linesToShow(withWalkIn, content).map((line) => line.residentId)).toEqual(['ana', 'zed']);
    expect(content.participants.map((line) => line.residentId)).toEqual(['ana']);
    const typed = withLine(content, 'zed', { checkIn: 'Glad to be here' });
    expect(typed.participants).toEqual([emptyLines('ana'), { ...emptyLines('zed'), checkIn: 'Glad to be here' }]);
  });

  it('drops the blank line of someone marked absent after opening, but never a line with words in it', () => {
    const content = startingContent(noteWith([person('ana', null), person('ben', null)]));
    const typed = withLine(content, 'ben', { sharing: 'Talked about sleep' });
    const marked = noteWith([person('ana', 'absent'), person('ben', 'absent')]);
    expect(linesToShow(marked, typed).map((line) => line.residentId)).toEqual(['ben']);
  });
});
