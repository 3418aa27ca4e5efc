import type { EntityManager } from 'typeorm';
import type { NoteContent, NoteMeeting, NoteSubjectKind } from '../../../../shared/contract/notes';
import type { Actor } from '../../context';
import type { NoteParticipantRef } from '../note-participants';

/** What goals and lists say about a meeting: its title and its date on the centre's wall calendar. */
export interface MeetingLabel {
  title: string;
  localDate: string;
}

/**
 * What the notes need from the thing a note belongs to (a scheduled group meeting, a mentoring
 * meeting). Each kind answers in its own module; the notes service, views and the resident's page
 * go through this and never through a kind's own tables. Every function that takes a subject id
 * throws `noteNotFound` when there is no such meeting.
 */
export interface NoteSubject {
  kind: NoteSubjectKind;
  /** The meeting as the note's screen shows it. */
  meeting(manager: EntityManager, subjectId: string): Promise<NoteMeeting>;
  label(manager: EntityManager, subjectId: string): Promise<MeetingLabel>;
  /**
   * Who is on the note: the meeting's people, then anyone who already has lines. A signed note
   * passes `live: false` and shows exactly the lines that were signed.
   */
  participants(manager: EntityManager, subjectId: string, content: NoteContent | null, live: boolean): Promise<NoteParticipantRef[]>;
  /** Per record: may this person read (and so write) this meeting's note? False for a meeting that does not exist. */
  mayRead(manager: EntityManager, actor: Actor, subjectId: string): Promise<boolean>;
  /** The notes of earlier meetings of the same series (a group's session, a mentoring pair) with goals still open: the check-in shows them. */
  earlierNotesWithOpenGoals(manager: EntityManager, subjectId: string): Promise<string[]>;
}
