import type { EntityManager } from 'typeorm';
import type { NoteSubjectRef } from '../../../shared/contract/notes';
import type { Actor } from '../context';
import { noteNotFound } from './note-readers';
import { noteSubject } from './subjects';

export { noteNotFound, seesEveryNote } from './note-readers';

// Who may read (and so write) a meeting's note, checked per record on every call: counsellors and
// managers, any meeting; everyone else with the notes permission (facilitators, peer support
// specialists), only the group meetings they facilitate and the mentoring meetings of their own
// pairs (each kind says which: notes/subjects/). Scheduling staff and administrators without a
// clinical role hold no notes permission at all (shared/permissions.ts).


export async function mayReadMeetingNote(manager: EntityManager, actor: Actor, subject: NoteSubjectRef): Promise<boolean> {
  return noteSubject(subject.subjectKind).mayRead(manager, actor, subject.subjectId);
}

export async function assertMayReadMeetingNote(manager: EntityManager, actor: Actor, subject: NoteSubjectRef): Promise<void> {
  if (!(await mayReadMeetingNote(manager, actor, subject))) throw noteNotFound();
}
