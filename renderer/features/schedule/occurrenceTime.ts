import type { ScheduledOccurrence } from '../../../shared/contract/schedule';
import { minutesBetween, splitWallDateTime, wallClockIn, wallMinutesBetween } from '../../../shared/dates';
import type { NewTime } from './useMoveOccurrence';

/** An occurrence's date, start and length on the centre's wall clock: what a move sends. */
export function occurrenceTime(occurrence: Pick<ScheduledOccurrence, 'localDate' | 'startsAt' | 'endsAt'>, timeZone: string): NewTime {
  return { date: occurrence.localDate, startTime: wallClockIn(occurrence.startsAt, timeZone), durationMinutes: minutesBetween(occurrence.startsAt, occurrence.endsAt) };
}

/** Where a drag or resize left an event (the library's wall date-times), as a move. */
export function droppedTime(newStart: string, newEnd: string): NewTime {
  const { date, time } = splitWallDateTime(newStart);
  return { date, startTime: time, durationMinutes: wallMinutesBetween(newStart, newEnd) };
}
