import { z } from 'zod';
import type { AttendanceStatus } from './attendance';
import { defineOperation } from './define';
import { typedPassword } from './auth';
import { expectedVersion, list, recordId, text } from '../schemas/common';
import { customSectionsOfNote, type NoteTemplate } from './note-templates';

// Group notes (issue 16): one note per meeting, written as append-only revisions. A save names the
// revision it was based on; a save on a stale base is refused with both versions (nothing merged).
// Signing locks the note with a SHA-256 hash of its canonical content; corrections are addenda.
// Every operation checks, per record, that the person may read that meeting's note.

// ---- Vocabulary -------------------------------------------------------------------------------

/**
 * What a note belongs to: a group meeting (an occurrence of the schedule) or a logged mentoring
 * meeting (issue 15), with the same note, revision and signature format.
 */
export const NOTE_SUBJECT_KINDS = ['occurrence', 'mentoringMeeting'] as const;
export type NoteSubjectKind = (typeof NOTE_SUBJECT_KINDS)[number];

/** Which meeting a note belongs to. */
export interface NoteSubjectRef {
  subjectKind: NoteSubjectKind;
  subjectId: string;
}

export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const MOOD_MIN = 1;
export const MOOD_MAX = 5;

// Note text is saved while it is typed: never trimmed (a trailing space is the next word's start).
const lineText = text({ max: 4000, trim: false, multiline: true, typeMessage: 'validation.text' });
const sectionText = text({ max: 20000, trim: false, multiline: true, typeMessage: 'validation.text' });

/** One participant's lines: their check-in (with an optional mood 1–5), what they shared, their goal for the coming week. */
export const participantLines = z.strictObject({
  residentId: recordId,
  checkIn: lineText,
  mood: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(MOOD_MIN, { message: 'validation.number' }).max(MOOD_MAX, { message: 'validation.number' }).nullable(),
  sharing: lineText,
  goal: lineText,
});
export type ParticipantLines = z.output<typeof participantLines>;

const uniqueResidents = (lines: Array<{ residentId: string }>) => new Set(lines.map((line) => line.residentId)).size === lines.length;

/** A note's whole content, as each revision stores it (the format revisions travel in). */
export const noteContent = z.strictObject({
  facilitatorId: recordId.nullable(),
  coFacilitatorId: recordId.nullable(),
  topic: text({ max: 300, trim: false, typeMessage: 'validation.text' }),
  discussion: sectionText,
  closing: sectionText,
  participants: list(participantLines, { max: 200, message: 'validation.tooMany' }).refine(uniqueResidents, { message: 'validation.tooMany' }),
  /** The group's own sections (note-templates.ts), each with its heading as written; [] in every note before templates. */
  sections: customSectionsOfNote,
});
export type NoteContent = z.output<typeof noteContent>;

// ---- Inputs -----------------------------------------------------------------------------------

const subject = { subjectKind: z.enum(NOTE_SUBJECT_KINDS, { message: 'validation.choose' }), subjectId: recordId };

/** Opening a note is audited once per opening (see useOpeningId), like a resident's record. */
export const openNoteInput = z.strictObject({ ...subject, openingId: z.uuid({ message: 'validation.id' }) });

/**
 * An autosave: a new revision on top of `baseRevisionId` (null for the note's first). Refused with
 * `conflict` (problems.noteConflict, details: NoteConflict) when the base is no longer the newest.
 */
export const saveNoteInput = z.strictObject({ ...subject, baseRevisionId: recordId.nullable(), content: noteContent });

/** Signing what the person sees: `revisionId` must be the newest revision. */
export const signNoteInput = z.strictObject({ noteId: recordId, revisionId: recordId, password: typedPassword });
export const addAddendumInput = z.strictObject({ noteId: recordId, text: text({ min: 1, max: 4000, multiline: true }), password: typedPassword });
export const coSignNoteInput = z.strictObject({ noteId: recordId, password: typedPassword });
export const residentNoteLinesInput = z.strictObject({ residentId: recordId, openingId: z.uuid({ message: 'validation.id' }) });
export const setGoalStatusInput = z.strictObject({ goalId: recordId, expectedVersion, status: z.enum(GOAL_STATUSES, { message: 'validation.choose' }) });

export type SaveNoteInput = z.input<typeof saveNoteInput>;

// ---- Outputs ----------------------------------------------------------------------------------

export interface NoteRevision {
  id: string;
  noteId: string;
  baseRevisionId: string | null;
  authorStaffId: string;
  authorName: string;
  /** UTC instant, ISO 8601. */
  savedAt: string;
  content: NoteContent;
}

/** What a refused save returns: the person's own content and the newest revision, side by side. */
export interface NoteConflict {
  yours: NoteContent;
  current: NoteRevision;
}

export interface NoteSignature {
  staffId: string;
  name: string;
  at: string;
}

export interface NoteAddendum {
  id: string;
  text: string;
  authorName: string;
  at: string;
  /** SHA-256 of the addendum's canonical content, stored when it was signed. */
  hash: string;
}

export interface ResidentGoal {
  id: string;
  residentId: string;
  text: string;
  status: GoalStatus;
  version: number;
  /** The meeting's date on the centre's wall calendar. */
  setOn: string;
  meetingTitle: string;
  /** What kind of meeting it was set at (a mentoring meeting's title is the mentee's name). */
  subjectKind: NoteSubjectKind;
}

/** How a participant was marked at the meeting (attendance is taken on its own sheet). */
export interface NoteAttendance {
  status: AttendanceStatus;
  walkIn: boolean;
}

export interface NoteParticipant {
  residentId: string;
  name: string;
  /** Null before attendance is taken for them, and on a signed note (its lines stand as signed). */
  attendance: NoteAttendance | null;
  /** Goals set at earlier meetings of the same series and still open (shown at the check-in). */
  openGoals: ResidentGoal[];
}

export interface NoteMeeting {
  subjectKind: NoteSubjectKind;
  subjectId: string;
  /** A group meeting's title; a mentoring meeting's is the mentee's name. */
  title: string;
  /** A group meeting's times; null for a mentoring meeting, logged with a date and a length only. */
  startsAt: string | null;
  endsAt: string | null;
  localDate: string;
  /** A mentoring meeting's length; null for a group meeting (its times say it). */
  durationMinutes: number | null;
  facilitators: Array<{ id: string; name: string }>;
}

export interface GroupNote {
  meeting: NoteMeeting;
  /** Null until the first save. */
  noteId: string | null;
  /** Who is on the note: the meeting's roster and walk-ins with their attendance, and anyone with lines already written. */
  participants: NoteParticipant[];
  head: NoteRevision | null;
  signature: (NoteSignature & { revisionId: string; hash: string }) | null;
  coSignature: NoteSignature | null;
  addenda: NoteAddendum[];
  /** The sections to write, in order (its meeting's group's template, else the default); null once signed. */
  template: NoteTemplate | null;
}

/** One meeting's lines about one resident, for that resident's page: never anyone else's. */
export interface ResidentNoteLines {
  noteId: string;
  subjectKind: NoteSubjectKind;
  meetingTitle: string;
  localDate: string;
  signed: boolean;
  checkIn: string;
  mood: number | null;
  sharing: string;
  goal: string;
}

export interface ResidentNotesView {
  lines: ResidentNoteLines[];
  goals: ResidentGoal[];
}

/** A resident of the register, for the inline warning when a line names someone else (shared/notes/name-warning.ts). */
export interface RegisterName {
  residentId: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
}

export interface UnsignedNote {
  noteId: string;
  subjectKind: NoteSubjectKind;
  subjectId: string;
  meetingTitle: string;
  localDate: string;
  startedByName: string;
  lastSavedAt: string;
}

// ---- Operations -------------------------------------------------------------------------------

export const notesContract = {
  /** The note of a meeting (empty before its first save), with its participants, signature and addenda. Audited once per opening. */
  'notes.open': defineOperation<GroupNote>()({ input: openNoteInput, access: 'notes.read' }),
  /** An autosave: appends a revision (not audited). A stale base is refused with both versions, and that refusal is audited. */
  'notes.save': defineOperation<NoteRevision>()({ input: saveNoteInput, access: 'notes.write' }),
  /** Re-enter one's password to sign the newest revision: the note is then read-only. */
  'notes.sign': defineOperation<GroupNote>()({ input: signNoteInput, access: 'notes.write' }),
  /** A correction under a signed note, itself signed with the author's password. */
  'notes.addAddendum': defineOperation<GroupNote>()({ input: addAddendumInput, access: 'notes.write' }),
  /** A supervisor's (manager's or counsellor's) second signature on a signed note. */
  'notes.coSign': defineOperation<GroupNote>()({ input: coSignNoteInput, access: 'notes.supervise' }),
  /** A resident's own lines and goals from the notes the person may read: nobody else's lines. */
  'notes.residentLines': defineOperation<ResidentNotesView>()({ input: residentNoteLinesInput, access: 'notes.read' }),
  'notes.setGoalStatus': defineOperation<ResidentGoal>()({ input: setGoalStatusInput, access: 'notes.write' }),
  /** The register's names, for the inline warning when a participant's line names another resident. */
  'notes.registerNames': defineOperation<RegisterName[]>()({ input: z.strictObject({}), access: 'notes.read' }),
  /** Notes left unsigned past the centre's `unsignedNoteOverdueDays`: one's own, or all of them for a manager. */
  'notes.unsignedOverdue': defineOperation<UnsignedNote[]>()({ input: z.strictObject({}), access: 'notes.read' }),
};
