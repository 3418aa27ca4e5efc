import { z } from 'zod';
import { defineOperation } from './define';
import type { NamedRef, OccurrenceStatus } from './schedule';
import { addDays } from '../dates';
import { expectedVersion, isoDate, list, optionalText, recordId } from '../schemas/common';

// Attendance (issue 15): one mark per resident per occurrence id of the schedule. The roster of an
// occurrence is its participants (occurrence_participants); a walk-in joins that roster when marked.
// Every operation is scoped to the record in the core: a facilitator takes, corrects and reads the
// attendance of the occurrences they facilitate only ('attendance.takeAny' / 'attendance.readAll'
// lift the scope; see shared/permissions.ts). A refusal for someone else's occurrence is
// `forbidden` with details `{ scope: 'record' }`.

// ---- Vocabulary -------------------------------------------------------------------------------

/**
 * present, late and leftEarly count as attended; excused is left out of the rate (neither for nor
 * against); absent counts against. See ATTENDED_STATUSES and the rates in the core.
 */
export const ATTENDANCE_STATUSES = ['present', 'late', 'leftEarly', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDED_STATUSES: readonly AttendanceStatus[] = ['present', 'late', 'leftEarly'];

/** How a person took part in a non-clinical activity (art, music, yoga, equine), lowest first. */
export const ENGAGEMENT_LEVELS = ['declined', 'observed', 'tookPart', 'fullyEngaged'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

/** Flagged after this many unexcused absences in a row from the same series (excused marks are skipped). */
export const CONSECUTIVE_ABSENCES_FLAG = 2;
/** The "last four weeks" window: today and the 27 days before it, on the centre's calendar. */
export const RECENT_WINDOW_DAYS = 28;
/** Engagement trends cover this many weeks (Monday to Sunday), the current one included. */
export const ENGAGEMENT_TREND_WEEKS = 12;
/** The longest period a participation report covers. */
export const MAX_REPORT_DAYS = 366;

const unique = <T>(values: T[]) => new Set(values).size === values.length;

/** A mark as the sheet sends it. The reason is optional; an engagement level only for non-clinical activities. */
const markFields = {
  status: z.enum(ATTENDANCE_STATUSES, { message: 'validation.choose' }),
  reason: optionalText(200).default(null),
  engagement: z.enum(ENGAGEMENT_LEVELS, { message: 'validation.choose' }).nullable().default(null),
};

export const recordAttendanceInput = z.strictObject({
  occurrenceId: recordId,
  /**
   * The whole sheet, or the rows that changed. `expectedVersion` null: a first mark; a number: the
   * mark's version the sheet was loaded with (a re-save of a marked row is a correction).
   */
  marks: list(z.strictObject({ residentId: recordId, ...markFields, expectedVersion: expectedVersion.nullable().default(null) }), { min: 1, max: 500, message: 'validation.tooMany' }).refine(
    (marks) => unique(marks.map((mark) => mark.residentId)),
    { message: 'validation.tooMany' },
  ),
});
export type RecordAttendanceInput = z.input<typeof recordAttendanceInput>;

/** Someone who came without being on the roster: an admitted resident, added to the occurrence and marked. */
export const addWalkInInput = z.strictObject({ occurrenceId: recordId, residentId: recordId, ...markFields });
export type AddWalkInInput = z.input<typeof addWalkInInput>;

/** One mark corrected later; audited with the previous values. */
export const correctMarkInput = z.strictObject({ markId: recordId, expectedVersion, ...markFields });
export type CorrectMarkInput = z.input<typeof correctMarkInput>;

export const participationPeriodInput = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((period) => period.to >= period.from, { message: 'validation.endBeforeStart', path: ['to'] })
  .refine((period) => period.to < period.from || addDays(period.from, MAX_REPORT_DAYS) > period.to, { message: 'validation.periodTooLong', path: ['to'] });
export type ParticipationPeriodInput = z.input<typeof participationPeriodInput>;

// ---- What the screens show ---------------------------------------------------------------------

export interface AttendanceMark {
  id: string;
  version: number;
  residentId: string;
  status: AttendanceStatus;
  reason: string | null;
  engagement: EngagementLevel | null;
  /** Marked as someone who came without being on the roster. */
  walkIn: boolean;
  recordedAt: string;
  recordedByName: string | null;
}

export interface AttendanceSheetRow {
  residentId: string;
  /** "Last, First" (preferred name in brackets), the order of the sheet. */
  name: string;
  mark: AttendanceMark | null;
}

/** Why the sheet is read-only for this person, or null when they may record it. */
export type SheetLock = 'cancelled' | 'notYetHeld' | 'notYourOccurrence';

export interface AttendanceSheet {
  occurrence: {
    id: string;
    sessionId: string;
    title: string;
    activityName: string;
    /** Clinical activities take no engagement level. */
    clinical: boolean;
    startsAt: string;
    endsAt: string;
    localDate: string;
    status: OccurrenceStatus;
    location: NamedRef;
    facilitators: NamedRef[];
  };
  timeZone: string;
  /** The roster in name order (walk-ins included), each with its mark if taken. */
  rows: AttendanceSheetRow[];
  lock: SheetLock | null;
}

/** attended / (attended + absent); excused marks are counted but left out; null with nothing to divide. */
export interface AttendanceRate {
  attended: number;
  /** Of which late or left early (still attended). */
  partly: number;
  excused: number;
  absent: number;
  rate: number | null;
}

export interface SeriesAttendance {
  /** Per session series for now; per group once groups are participants. */
  sessionId: string;
  title: string;
  activityName: string;
  lastFourWeeks: AttendanceRate;
  sinceAdmission: AttendanceRate;
  /** Unexcused absences in a row, most recent first, excused marks skipped. */
  consecutiveUnexcusedAbsences: number;
  flagged: boolean;
}

export interface EngagementWeek {
  /** The Monday the week starts on. */
  weekStart: string;
  counts: Record<EngagementLevel, number>;
  /** declined 0, observed 1, tookPart 2, fullyEngaged 3; null in a week without any level. */
  average: number | null;
}

export interface ResidentAttendance {
  residentId: string;
  /** The start of the current (or last) stay: "since admission". */
  admissionDate: string;
  today: string;
  /** 'own': only occurrences the reader facilitates are counted. */
  scope: 'all' | 'own';
  overall: { lastFourWeeks: AttendanceRate; sinceAdmission: AttendanceRate };
  series: SeriesAttendance[];
  flagged: boolean;
  engagementByWeek: EngagementWeek[];
}

/** A resident flagged today: the series where their unexcused absences run, for the Today board and a group's roster. */
export interface FlaggedResident {
  residentId: string;
  name: string;
  series: Array<{ sessionId: string; title: string; consecutiveUnexcusedAbsences: number }>;
}

/** One line of a participation table: a resident, a series or an activity type. */
export interface ParticipationRow {
  id: string;
  label: string;
  /** The activity type's colour, for charts by activity (null elsewhere). */
  colour: string | null;
  counts: Record<AttendanceStatus, number>;
  rate: number | null;
  engagement: Record<EngagementLevel, number>;
  engagementAverage: number | null;
}

export interface ParticipationReport {
  from: string;
  to: string;
  scope: 'all' | 'own';
  /** Occurrences held in the period (cancelled ones left out) and how many have attendance taken. */
  occurrences: number;
  occurrencesTaken: number;
  total: ParticipationRow;
  byResident: ParticipationRow[];
  bySeries: ParticipationRow[];
  byActivityType: ParticipationRow[];
}

export interface ParticipationExport {
  /** e.g. hearth-participation-2026-11-01-2026-11-30.csv */
  fileName: string;
  /** RFC 4180 CSV, formula-safe, one line per resident, series and activity type. */
  csv: string;
  rows: number;
}

export const attendanceContract = {
  /** An occurrence's sheet: the roster pre-filled in name order with its marks, and whether this person may record it. */
  'attendance.sheet': defineOperation<AttendanceSheet>()({ input: z.strictObject({ occurrenceId: recordId }), access: 'attendance.read' }),
  /** Saves the sheet in one transaction; one audit row per person whose mark is new or changed. */
  'attendance.record': defineOperation<AttendanceSheet>()({ input: recordAttendanceInput, access: 'attendance.take' }),
  /** Adds an admitted resident not on the roster: joins the occurrence and is marked (no conflict check: they are physically there). */
  'attendance.addWalkIn': defineOperation<AttendanceSheet>()({ input: addWalkInInput, access: 'attendance.take' }),
  /** Corrects one mark; audited with the previous status, engagement and reason. */
  'attendance.correct': defineOperation<AttendanceSheet>()({ input: correctMarkInput, access: 'attendance.take' }),
  /** A resident's rates (last four weeks, since admission; per series and overall), the flag, and engagement by week. */
  'attendance.resident': defineOperation<ResidentAttendance>()({ input: z.strictObject({ residentId: recordId }), access: 'attendance.read' }),
  /** Admitted residents flagged now (two unexcused absences in a row from a series), in name order, within the reader's scope. */
  'attendance.flagged': defineOperation<FlaggedResident[]>()({ input: z.strictObject({}), access: 'attendance.read' }),
  /** Attendance and engagement over a period, by resident, series and activity type. */
  'attendance.participation': defineOperation<ParticipationReport>()({ input: participationPeriodInput, access: 'attendance.read' }),
  /** The participation report as a formula-safe CSV file; the export is recorded in the audit trail. */
  'attendance.exportParticipation': defineOperation<ParticipationExport>()({ input: participationPeriodInput, access: 'attendance.read' }),
};
