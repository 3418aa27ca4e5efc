import type { NoteSubjectKind } from '../../../../shared/contract/notes';
import { mentoringMeetingSubject } from './mentoring-meeting-subject';
import type { NoteSubject } from './note-subject';
import { occurrenceSubject } from './occurrence-subject';

export type { MeetingLabel, NoteSubject } from './note-subject';

const SUBJECTS: Record<NoteSubjectKind, NoteSubject> = { occurrence: occurrenceSubject, mentoringMeeting: mentoringMeetingSubject };

/** The module that knows what a note of this kind belongs to. */
export const noteSubject = (kind: NoteSubjectKind): NoteSubject => SUBJECTS[kind];
