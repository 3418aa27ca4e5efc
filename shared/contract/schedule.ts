import { z } from 'zod';
import { defineOperation } from './define';
import { capacity, MAX_DURATION_MINUTES, type Requirement, type ResourceKind } from './schedule-catalogue';
import { expectedVersion, isoDate, list, optionalNote, optionalText, recordId, text } from '../schemas/common';

// Sessions and their occurrences. A session is single or recurring by an RFC 5545 rule kept in
// the centre's wall time with its IANA zone; the core materialises each occurrence as a row with a
// stable id and UTC instants (attendance and notes point at occurrence ids). Every change goes
// through the ONE conflict check (`schedule.previewChange` shows its answer before saving; the
// writes run it again inside their transaction and refuse what it blocks).

// ---- Vocabulary -------------------------------------------------------------------------------

/** RFC 5545 weekday codes, the rule's own vocabulary. */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** A wall-clock time of day in the centre's zone, 24-hour `HH:mm`. */
export const wallTime = z.string({ message: 'validation.timeRequired' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.timeFormat' });

const durationMinutes = z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(5, { message: 'validation.durationRange' }).max(MAX_DURATION_MINUTES, { message: 'validation.durationRange' });
const unique = <T>(values: T[]) => new Set(values).size === values.length;
const ids = (max: number, message: string, min = 0) => list(recordId, { min, max, message }).refine(unique, { message });

/** How a series ends: never (materialised over the rolling horizon), on a date (included), after a count. */
export const seriesEnd = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('never') }),
    z.strictObject({ kind: z.literal('onDate'), until: isoDate }),
    z.strictObject({ kind: z.literal('afterCount'), count: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'validation.countRange' }).max(520, { message: 'validation.countRange' }) }),
  ],
  { message: 'validation.choose' },
);

/** Weekly on chosen days, every `interval` weeks (2 = every two weeks). Null on a draft: a single session. */
export const recurrence = z.strictObject({
  interval: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'validation.intervalRange' }).max(4, { message: 'validation.intervalRange' }),
  weekdays: list(z.enum(WEEKDAY_CODES, { message: 'validation.choose' }), { min: 1, max: 7, message: 'validation.weekdaysRequired' }).refine(unique, { message: 'validation.weekdaysRequired' }),
  ends: seriesEnd,
});
export type Recurrence = z.output<typeof recurrence>;

/** Everything a session books, as the session form holds it. Dates and times are the centre's wall clock. */
export const sessionDraft = z
  .strictObject({
    activityTypeId: recordId,
    /** Shown instead of the activity type's name when given ("Yoga for beginners"). */
    title: optionalText(100),
    locationId: recordId,
    resourceIds: ids(20, 'validation.tooMany'),
    facilitatorIds: ids(10, 'validation.facilitatorsRequired', 1),
    /** Residents booked on their own (walk-ins of a group's meeting too). */
    participantIds: ids(500, 'validation.tooMany'),
    /** A peer group's meeting: the group's roster as of each occurrence's date is enrolled in it. */
    groupId: recordId.nullable().default(null),
    capacity,
    /** The first occurrence's date (a series' start). */
    startDate: isoDate,
    startTime: wallTime,
    durationMinutes,
    recurrence: recurrence.nullable(),
  })
  .refine((draft) => draft.recurrence?.ends.kind !== 'onDate' || draft.recurrence.ends.until >= draft.startDate, { message: 'validation.endBeforeStart', path: ['recurrence', 'ends', 'until'] });
export type SessionDraft = z.input<typeof sessionDraft>;

/**
 * Over-capacity is a warning a manager may override: the reason is recorded with the change.
 * Null: no override (a change with capacity warnings is then refused, naming them).
 */
const capacityOverrideReason = optionalNote(500).default(null);

// ---- Changes (each is also what `schedule.previewChange` checks) ------------------------------

const createSessionShape = { draft: sessionDraft, capacityOverrideReason };

/** `fromOccurrenceId` null: the whole series; an occurrence: this one and the following (the series splits there). */
const updateSeriesShape = { sessionId: recordId, expectedVersion, fromOccurrenceId: recordId.nullable(), draft: sessionDraft, capacityOverrideReason };

/** One occurrence edited on its own: stored as an exception of its series. */
const updateOccurrenceShape = {
  occurrenceId: recordId,
  expectedVersion,
  title: optionalText(100),
  date: isoDate,
  startTime: wallTime,
  durationMinutes,
  locationId: recordId,
  resourceIds: ids(20, 'validation.tooMany'),
  facilitatorIds: ids(10, 'validation.facilitatorsRequired', 1),
  participantIds: ids(500, 'validation.tooMany'),
  capacity,
  capacityOverrideReason,
};

/** A drag, a resize, or their undo: only the time changes. */
const moveOccurrenceShape = { occurrenceId: recordId, expectedVersion, date: isoDate, startTime: wallTime, durationMinutes, capacityOverrideReason };

const availabilityShape = { startsOn: isoDate, endsOn: isoDate };

export const createSessionInput = z.strictObject(createSessionShape);
export const updateSeriesInput = z.strictObject(updateSeriesShape);
export const updateOccurrenceInput = z.strictObject(updateOccurrenceShape);
export const moveOccurrenceInput = z.strictObject(moveOccurrenceShape);
export const cancelOccurrenceInput = z.strictObject({ occurrenceId: recordId, expectedVersion, reason: text({ min: 1, max: 500, multiline: true }) });
/** Brings a cancelled occurrence back (through the conflict check, like any booking). */
export const restoreOccurrenceInput = z.strictObject({ occurrenceId: recordId, expectedVersion, capacityOverrideReason });
export type CreateSessionInput = z.input<typeof createSessionInput>;
export type UpdateSeriesInput = z.input<typeof updateSeriesInput>;
export type UpdateOccurrenceInput = z.input<typeof updateOccurrenceInput>;
export type MoveOccurrenceInput = z.input<typeof moveOccurrenceInput>;
export type CancelOccurrenceInput = z.input<typeof cancelOccurrenceInput>;

/** What may be previewed: every schedule change, and availability changes (a horse out of service, a staff absence). */
export const previewChangeInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('createSession'), ...createSessionShape }),
    z.strictObject({ kind: z.literal('updateSeries'), ...updateSeriesShape }),
    z.strictObject({ kind: z.literal('updateOccurrence'), ...updateOccurrenceShape }),
    z.strictObject({ kind: z.literal('moveOccurrence'), ...moveOccurrenceShape }),
    z.strictObject({ kind: z.literal('restoreOccurrence'), occurrenceId: recordId, expectedVersion, capacityOverrideReason }),
    z.strictObject({ kind: z.literal('resourceOutOfService'), resourceId: recordId, ...availabilityShape }),
    z.strictObject({ kind: z.literal('staffAbsence'), staffId: recordId, ...availabilityShape }),
  ],
  { message: 'validation.choose' },
);
export type PreviewChangeInput = z.input<typeof previewChangeInput>;

// ---- Clashes: the one conflict check's answer -------------------------------------------------

export const CLASH_KINDS = [
  'residentDoubleBooked', // a resident in two places at once
  'facilitatorDoubleBooked', // a facilitator in two places at once
  'facilitatorAbsent', // a facilitator away (sick, holiday, training)
  'facilitatorInactive', // a staff member no longer active
  'locationDoubleBooked',
  'locationInactive',
  'resourceDoubleBooked',
  'resourceInactive',
  'resourceOverDailyLimit', // a horse over its sessions a day
  'resourceRestDay',
  'resourceOutOfService', // "lame until 12 Dec"
  'overSessionCapacity', // a warning: a manager may override it with a reason
  'overLocationCapacity', // a warning, likewise
  'residentNotAdmitted', // not yet admitted, or discharged, on that date
  'requirementNotMet', // e.g. no signed equine waiver
] as const;
export type ClashKind = (typeof CLASH_KINDS)[number];

/** Double bookings, absences, out-of-service resources and unmet requirements block; capacity warns. */
export type ClashSeverity = 'block' | 'warning';

export interface NamedRef {
  id: string;
  name: string;
}

/** The occurrence a clash is with, to name it ("Yoga, Mon 14:00–15:00"). */
export interface ClashingOccurrence {
  occurrenceId: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

export interface Clash {
  kind: ClashKind;
  severity: ClashSeverity;
  /** Who or what clashes: a resident, a staff member, a location or a resource. */
  subject: { type: 'resident' | 'staff' | 'location' | 'resource'; id: string; name: string };
  /** The booking it clashes with, for double bookings and daily limits. */
  other: ClashingOccurrence | null;
  /** An out-of-service reason or an absence kind. */
  reason: string | null;
  requirement: Requirement | null;
  /** Capacity or daily limit, and how many it would be. */
  limit: number | null;
  count: number | null;
}

export interface PreviewedOccurrence {
  /** Null for an occurrence the change would create. */
  occurrenceId: string | null;
  title: string;
  startsAt: string;
  endsAt: string;
  /** The occurrence's date on the centre's wall calendar. */
  localDate: string;
  clashes: Clash[];
}

/** "52 occurrences: 49 fine, 3 clash". `occurrences` lists every occurrence the change touches, in time order. */
export interface ChangePreview {
  total: number;
  fine: number;
  blocked: number;
  /** Occurrences with only capacity warnings. */
  warned: number;
  occurrences: PreviewedOccurrence[];
  /** Set when the change would be refused even with a capacity override. */
  blocksSaving: boolean;
  /** Set when saving needs a manager's override reason. */
  needsCapacityOverride: boolean;
}

// ---- What the calendar and the boards show ----------------------------------------------------

export const OCCURRENCE_STATUSES = ['scheduled', 'cancelled'] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

export interface ScheduledOccurrence {
  id: string;
  sessionId: string;
  /** The occurrence's own version: move, edit, cancel and restore send it back. */
  version: number;
  activityTypeId: string;
  activityName: string;
  /** The activity type's colour: dark enough for white text. */
  colour: string;
  clinical: boolean;
  /** The session's title, or the activity type's name. */
  title: string;
  startsAt: string;
  endsAt: string;
  localDate: string;
  location: NamedRef;
  resources: Array<NamedRef & { kind: ResourceKind }>;
  facilitators: NamedRef[];
  participants: NamedRef[];
  capacity: number;
  status: OccurrenceStatus;
  cancelReason: string | null;
  /** Edited, moved or cancelled on its own, apart from its series. */
  isException: boolean;
  recurring: boolean;
  capacityOverrideReason: string | null;
}

export interface Session {
  id: string;
  version: number;
  draft: z.output<typeof sessionDraft>;
  /** The IANA zone the wall times are in (the centre's when the session was saved). */
  timeZone: string;
  /** The RFC 5545 rule as stored, with its DTSTART in the zone (null: a single session). */
  rule: string | null;
  /** The session this one was split from by a "this and following" edit. */
  splitFromSessionId: string | null;
  capacityOverrideReason: string | null;
}

export const scheduleRangeInput = z
  .strictObject({
    /** First and last calendar day shown, both included, on the centre's wall calendar (at most 62 days). */
    from: isoDate,
    to: isoDate,
    activityTypeIds: ids(50, 'validation.tooMany').default([]),
    facilitatorId: recordId.nullable().default(null),
    locationId: recordId.nullable().default(null),
    residentId: recordId.nullable().default(null),
    resourceId: recordId.nullable().default(null),
    /** Only the meetings of this peer group. */
    groupId: recordId.nullable().default(null),
    includeCancelled: z.boolean().default(true),
  })
  .refine((range) => range.to >= range.from, { message: 'validation.endBeforeStart', path: ['to'] });
export type ScheduleRangeInput = z.input<typeof scheduleRangeInput>;
export const MAX_RANGE_DAYS = 62;

export interface ScheduleRange {
  timeZone: string;
  occurrences: ScheduledOccurrence[];
}

/** Where a resident is expected to be: a session and its place, or free time (null). */
export interface Whereabouts {
  occurrenceId: string;
  title: string;
  location: NamedRef;
  startsAt: string;
  endsAt: string;
}

export interface TodayBoard {
  /** The instant the board was computed for, and the centre's date then. */
  now: string;
  date: string;
  timeZone: string;
  happeningNow: ScheduledOccurrence[];
  /** What starts later today. */
  upNext: ScheduledOccurrence[];
  residents: Array<{ id: string; name: string; house: string | null; room: string | null; now: Whereabouts | null; next: Whereabouts | null }>;
  /** The houses residents live in, for the filter. */
  houses: string[];
}

export const scheduleContract = {
  /** Concrete occurrences of the visible range, with names: the calendar, a resident's week, "My week". */
  'schedule.range': defineOperation<ScheduleRange>()({ input: scheduleRangeInput, access: 'schedule.read' }),
  /** The Today board: what is on now and next, and where each resident in residence is expected to be. */
  'schedule.today': defineOperation<TodayBoard>()({ input: z.strictObject({ house: optionalText(60).default(null) }), access: 'schedule.read' }),
  /** The conflict check's answer for a change, before saving it. */
  'schedule.previewChange': defineOperation<ChangePreview>()({ input: previewChangeInput, access: 'schedule.read' }),

  'sessions.get': defineOperation<Session>()({ input: z.strictObject({ id: recordId }), access: 'schedule.read' }),
  'sessions.create': defineOperation<Session>()({ input: createSessionInput, access: 'schedule.write' }),
  /** Past occurrences, and those with attendance or a note, are never rewritten or deleted. */
  'sessions.updateSeries': defineOperation<Session>()({ input: updateSeriesInput, access: 'schedule.write' }),

  'occurrences.get': defineOperation<ScheduledOccurrence>()({ input: z.strictObject({ id: recordId }), access: 'schedule.read' }),
  'occurrences.update': defineOperation<ScheduledOccurrence>()({ input: updateOccurrenceInput, access: 'schedule.write' }),
  'occurrences.move': defineOperation<ScheduledOccurrence>()({ input: moveOccurrenceInput, access: 'schedule.write' }),
  'occurrences.cancel': defineOperation<ScheduledOccurrence>()({ input: cancelOccurrenceInput, access: 'schedule.write' }),
  'occurrences.restore': defineOperation<ScheduledOccurrence>()({ input: restoreOccurrenceInput, access: 'schedule.write' }),
};
