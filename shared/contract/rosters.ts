import { z } from 'zod';
import { defineOperation } from './define';
import type { OccurrenceStatus } from './schedule';
import type { ResourceKind } from './schedule-catalogue';
import type { AuditFingerprint } from '../audit-fingerprint';
import { recordAttendanceInput, addWalkInInput } from './attendance';
import { isoDate, list, recordId } from '../schemas/common';

// Weekly rosters on paper (issue 17). The core assembles each print's data; the renderer lays it
// out with print CSS. A roster carries no clinical content: who, where, when, with whom. The
// centre's week starts on MONDAY (ROSTER_WEEK_STARTS_ON): the rosters hang for a working week and
// Monday is the first day in French and in ISO 8601, whatever the interface language.

/** 1 = Monday (dayjs numbering). */
export const ROSTER_WEEK_STARTS_ON = 1;

/** The five prints; "per activity or group" is two kinds: by session series, or by peer group (issue 15). */
export const ROSTER_KINDS = ['activity', 'group', 'resident', 'facilitator', 'signInSheet', 'centreWeek'] as const;
export type RosterKind = (typeof ROSTER_KINDS)[number];

export const PAPER_SIZES = ['letter', 'a4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Any day of the week wanted (the core takes its Monday); `day` narrows the print to one day of it. */
const weekShape = { weekOf: isoDate, day: isoDate.nullable().default(null) };

export const rosterWeekInput = z.discriminatedUnion(
  'kind',
  [
    /** Per activity series: one section per session series (or per activity type's series when one is chosen). */
    z.strictObject({ kind: z.literal('activity'), ...weekShape, activityTypeId: recordId.nullable().default(null) }),
    /** Per peer group: one section per group meeting that week (or the one chosen), with its members as of the week. */
    z.strictObject({ kind: z.literal('group'), ...weekShape, groupId: recordId.nullable().default(null) }),
    /** Per resident: one resident, or (null) every resident in residence during the week. */
    z.strictObject({ kind: z.literal('resident'), ...weekShape, residentId: recordId.nullable().default(null) }),
    /** Per facilitator: one staff member, or (null) everyone who facilitates that week. */
    z.strictObject({ kind: z.literal('facilitator'), ...weekShape, staffId: recordId.nullable().default(null) }),
    z.strictObject({ kind: z.literal('centreWeek'), ...weekShape }),
  ],
  { message: 'validation.choose' },
);
export type RosterWeekInput = z.input<typeof rosterWeekInput>;

export const signInSheetInput = z.strictObject({ occurrenceId: recordId });

/**
 * A returned sign-in sheet typed back: the roster rows marked (as `attendance.record` takes them;
 * none when only walk-ins came or nothing changed) and the walk-in rows filled in (as
 * `attendance.addWalkIn` takes them). One transaction writes both and marks the sheet entered.
 */
export const enterSignInSheetInput = z.strictObject({
  occurrenceId: recordId,
  marks: list(recordAttendanceInput.shape.marks.element, { max: 500, message: 'validation.tooMany' }).refine((marks) => new Set(marks.map((mark) => mark.residentId)).size === marks.length, { message: 'validation.tooMany' }),
  walkIns: list(addWalkInInput.omit({ occurrenceId: true }), { max: 50, message: 'validation.tooMany' }).refine((walkIns) => new Set(walkIns.map((walkIn) => walkIn.residentId)).size === walkIns.length, { message: 'validation.tooMany' }),
});
export type EnterSignInSheetInput = z.input<typeof enterSignInSheetInput>;

/**
 * What the renderer reports after the person printed or saved a PDF. `pages` is what the print
 * produced: the PDF's page count in Electron; in the browser preview (window.print cannot tell)
 * the number of sheets the print CSS starts (one per section, each with `break-before: page`).
 */
export const recordPrintInput = z
  .strictObject({
    kind: z.enum(ROSTER_KINDS, { message: 'validation.choose' }),
    /** The week's Monday for a weekly print; null for a sign-in sheet. */
    weekOf: isoDate.nullable().default(null),
    day: isoDate.nullable().default(null),
    /** The one resident, facilitator, activity type or (sign-in sheet) occurrence printed, if any. */
    subjectId: recordId.nullable().default(null),
    pages: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'validation.number' }).max(10_000, { message: 'validation.number' }),
    output: z.enum(['printer', 'pdf'], { message: 'validation.choose' }),
  })
  .refine((input) => input.kind !== 'signInSheet' || input.subjectId !== null, { message: 'validation.required', path: ['subjectId'] })
  .refine((input) => input.kind === 'signInSheet' || input.weekOf !== null, { message: 'validation.required', path: ['weekOf'] });
export type RecordPrintInput = z.input<typeof recordPrintInput>;

export interface RosterPerson {
  id: string;
  firstName: string;
  lastName: string;
}

export interface RosterResource {
  id: string;
  name: string;
  kind: ResourceKind;
  /** The reason when the resource is out of service on the occurrence's day ("Lame"). */
  outOfService: string | null;
}

/** One occurrence as a roster prints it: wall times on the centre's clock, names only. */
export interface RosterEntry {
  occurrenceId: string;
  sessionId: string;
  title: string;
  activityName: string;
  /** The occurrence's day and times on the centre's wall clock (`YYYY-MM-DD`, `HH:mm`). */
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  facilitators: RosterPerson[];
  /** The residents enrolled, by last name then first name. */
  residents: RosterPerson[];
  resources: RosterResource[];
  status: OccurrenceStatus;
  cancelReason: string | null;
  /** Where the series had it, when it was moved to another day or time (shown "moved from …"). */
  movedFrom: { date: string; startTime: string } | null;
}

/** A page (or pages) of a print: one series, one resident, one facilitator, the sheet, the week. */
export interface RosterSection {
  /** What the section is about (the resident, facilitator, series…) for its heading. */
  subject: { type: 'series' | 'group' | 'resident' | 'staff' | 'occurrence' | 'centre'; id: string; name: string };
  /** The language the section is printed in: the resident's own for a timetable, else null (the interface's). */
  language: 'en' | 'fr' | null;
  entries: RosterEntry[];
  /** A peer group's section only: its members at some time in the week printed, by last name. */
  members?: RosterMember[];
}

export interface RosterMember extends RosterPerson {
  /** When the membership began and (when within or before the week's end) ended: `[joinedOn, leftOn)`. */
  joinedOn: string;
  leftOn: string | null;
}

export interface RosterPrintBase {
  /** The centre's name from the settings, in every print's header. */
  centreName: string;
  timeZone: string;
  paperSize: PaperSize;
  printedAt: string;
  printedBy: string;
  /** The audit trail's newest row when the data was read (null on an empty trail): the footer's witness. */
  auditFingerprint: AuditFingerprint | null;
}

export interface RosterWeek extends RosterPrintBase {
  kind: Exclude<RosterKind, 'signInSheet'>;
  /** Monday and Sunday of the week printed, and the one day when the print is narrowed to it. */
  weekStart: string;
  weekEnd: string;
  day: string | null;
  sections: RosterSection[];
}

/** A returned sheet typed back in: by whom and when last (a later entry is a correction). */
export interface SignInSheetEntry {
  occurrenceId: string;
  enteredAt: string;
  enteredByName: string | null;
  /** How many times it was entered: 1, then 2 after the first correction… */
  version: number;
}

export interface SignInSheet extends RosterPrintBase {
  kind: 'signInSheet';
  /** Null until the returned sheet is entered ("Enter a sign-in sheet"). */
  entered: SignInSheetEntry | null;
  entry: RosterEntry;
  /** The enrolled residents in the sheet's fixed order: last name, then first name. */
  roster: RosterPerson[];
  /** Numbered blank rows for walk-ins after the roster. */
  blankRows: number;
}

export interface PrintRecorded {
  seq: number;
}

export const rostersContract = {
  /** The data behind the weekly prints (per activity series, per resident, per facilitator, the centre's week). */
  'rosters.week': defineOperation<RosterWeek>()({ input: rosterWeekInput, access: 'rosters.print' }),
  /** One occurrence's sign-in sheet; a facilitator without `rosters.print` gets only their own sessions'. */
  'rosters.signInSheet': defineOperation<SignInSheet>()({ input: signInSheetInput, access: 'rosters.printSignInSheets' }),
  /** The print or PDF as an audit row `record.print` (what, which week, how many pages), checked like the read. */
  'rosters.recordPrint': defineOperation<PrintRecorded>()({ input: recordPrintInput, access: 'rosters.printSignInSheets' }),
  /** A returned sign-in sheet: its attendance through the attendance operations' own checks and audit, and the sheet marked entered, in one transaction. */
  'rosters.enterSignInSheet': defineOperation<SignInSheetEntry>()({ input: enterSignInSheetInput, access: 'attendance.take' }),
};
