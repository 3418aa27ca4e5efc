import { z } from 'zod';
import { sessionDraft, type ScheduledOccurrence, type Session, type SessionDraft, type WeekdayCode, WEEKDAY_CODES } from '../../../shared/contract/schedule';
import { wallClockIn, minutesBetween, weekdayOf } from '../../../shared/dates';

// The session form's values: the contract's draft, with the repeat rule spread into plain fields
// (a choice of "does not repeat", weekday checkboxes, how it ends) so each control holds one value.
// The form is validated by the contract's own schema, on the draft these values make.

export type RepeatKind = 'none' | 'weekly';
export type EndsKind = 'never' | 'onDate' | 'afterCount';

export interface SessionFormValues {
  activityTypeId: string;
  title: string;
  locationId: string;
  resourceIds: string[];
  facilitatorIds: string[];
  participantIds: string[];
  /** A peer group's meeting ('' none). */
  groupId: string;
  capacity: number | string;
  startDate: string;
  startTime: string;
  durationMinutes: number | string;
  repeat: RepeatKind;
  interval: number | string;
  weekdays: WeekdayCode[];
  ends: EndsKind;
  until: string;
  count: number | string;
  [key: string]: unknown;
}

/** RFC 5545 code of a calendar date's weekday (a new weekly series repeats on its first day). */
export function weekdayCodeOf(date: string): WeekdayCode {
  return WEEKDAY_CODES[(weekdayOf(date) + 6) % 7];
}

const numberOrText = (value: number | string) => (typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value));

export function draftOf(values: SessionFormValues): SessionDraft {
  const ends = values.ends === 'onDate' ? { kind: 'onDate' as const, until: values.until } : values.ends === 'afterCount' ? { kind: 'afterCount' as const, count: numberOrText(values.count) } : { kind: 'never' as const };
  return {
    activityTypeId: values.activityTypeId,
    title: values.title,
    locationId: values.locationId,
    resourceIds: values.resourceIds,
    facilitatorIds: values.facilitatorIds,
    participantIds: values.participantIds,
    groupId: values.groupId || null,
    capacity: numberOrText(values.capacity),
    startDate: values.startDate,
    startTime: values.startTime,
    durationMinutes: numberOrText(values.durationMinutes),
    recurrence: values.repeat === 'weekly' ? { interval: numberOrText(values.interval), weekdays: values.weekdays, ends } : null,
  };
}

/** Where a draft's problem shows in the form (the repeat rule's fields are spread out). */
const FIELD_OF: Record<string, string> = { 'recurrence.interval': 'interval', 'recurrence.weekdays': 'weekdays', 'recurrence.ends.until': 'until', 'recurrence.ends.count': 'count', 'recurrence.ends': 'ends' };

/** The contract's draft schema, over the form's values. */
export const sessionFormSchema = z.record(z.string(), z.unknown()).superRefine((values, context) => {
  const parsed = sessionDraft.safeParse(draftOf(values as SessionFormValues));
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    const field = FIELD_OF[path] ?? (path.startsWith('recurrence.weekdays') ? 'weekdays' : path);
    context.addIssue({ code: 'custom', message: issue.message, path: field.split('.') });
  }
});

const BLANK = { title: '', resourceIds: [], facilitatorIds: [], participantIds: [], groupId: '', interval: 1, ends: 'never' as EndsKind, until: '', count: 10 };

export function newSessionValues(date: string): SessionFormValues {
  return { ...BLANK, activityTypeId: '', locationId: '', capacity: 10, startDate: date, startTime: '10:00', durationMinutes: 60, repeat: 'none', weekdays: [weekdayCodeOf(date)] };
}

/** One occurrence as it stands, to edit on its own. */
export function occurrenceValues(occurrence: ScheduledOccurrence, timeZone: string): SessionFormValues {
  return {
    ...BLANK,
    activityTypeId: occurrence.activityTypeId,
    title: occurrence.title === occurrence.activityName ? '' : occurrence.title,
    locationId: occurrence.location.id,
    resourceIds: occurrence.resources.map((resource) => resource.id),
    facilitatorIds: occurrence.facilitators.map((person) => person.id),
    participantIds: occurrence.participants.map((person) => person.id),
    capacity: occurrence.capacity,
    startDate: occurrence.localDate,
    startTime: wallClockIn(occurrence.startsAt, timeZone),
    durationMinutes: minutesBetween(occurrence.startsAt, occurrence.endsAt),
    repeat: 'none',
    weekdays: [weekdayCodeOf(occurrence.localDate)],
  };
}

/** A series as saved; "this and following" starts it at the opened occurrence's date. */
export function seriesValues(session: Session, startDate: string = session.draft.startDate): SessionFormValues {
  const { recurrence, title, ...draft } = session.draft;
  const ends = recurrence?.ends;
  return {
    ...BLANK,
    ...draft,
    title: title ?? '',
    groupId: draft.groupId ?? '',
    startDate,
    repeat: recurrence ? 'weekly' : 'none',
    interval: recurrence?.interval ?? 1,
    weekdays: recurrence?.weekdays ?? [weekdayCodeOf(startDate)],
    ends: ends?.kind ?? 'never',
    until: ends?.kind === 'onDate' ? ends.until : '',
    count: ends?.kind === 'afterCount' ? ends.count : 10,
  };
}
