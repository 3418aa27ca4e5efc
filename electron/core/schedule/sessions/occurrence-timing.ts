import { addMinutesToInstant, wallTimeToInstant } from '../../../../shared/dates';

/** When an occurrence happens: UTC instants and the wall date it is on (per-day rules read that date). */
export interface OccurrenceTiming {
  startsAt: string;
  endsAt: string;
  localDate: string;
}

/**
 * The instants of a wall-time slot in the session's zone. The duration is elapsed time: a
 * 60-minute session that spans a clock change still lasts 60 minutes.
 */
export function timingOfSlot(slot: string, timeZone: string, durationMinutes: number): OccurrenceTiming {
  const startsAt = wallTimeToInstant(slot, timeZone);
  return { startsAt, endsAt: addMinutesToInstant(startsAt, durationMinutes), localDate: slot.slice(0, 10) };
}
