import type { TFunction } from 'i18next';
import type { NoteSubjectKind } from '../../../shared/contract/notes';

/** How lists name a meeting: a group meeting by its title, a mentoring meeting by its mentee (the core sends their name as its title). */
export const meetingLabel = (t: TFunction, subjectKind: NoteSubjectKind, title: string): string =>
  subjectKind === 'mentoringMeeting' ? t('notes.mentoringMeeting', { name: title }) : title;
