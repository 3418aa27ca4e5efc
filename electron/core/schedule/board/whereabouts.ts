import type { ScheduledOccurrence, Whereabouts } from '../../../../shared/contract/schedule';

// Where each resident is expected to be, read off the day's occurrences (their participant lists
// are already loaded for the board's Now and Next lists: no query per resident).

export interface ResidentDay {
  now: Whereabouts | null;
  next: Whereabouts | null;
}

function toWhereabouts(occurrence: ScheduledOccurrence): Whereabouts {
  return { occurrenceId: occurrence.id, title: occurrence.title, location: occurrence.location, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt };
}

/** True while `now` is inside the occurrence: from its start (included) to its end (excluded). */
export function isHappeningAt(occurrence: ScheduledOccurrence, now: string): boolean {
  return occurrence.startsAt <= now && now < occurrence.endsAt;
}

/**
 * For every resident booked in `occurrences` (scheduled ones, in start order): the one they are in
 * at `now` and the first one starting after it. Instants are UTC ISO strings, which compare as text.
 * Two at once cannot be saved (the conflict check blocks it); were it ever so, the earlier start wins.
 */
export function whereaboutsByResident(occurrences: readonly ScheduledOccurrence[], now: string): Map<string, ResidentDay> {
  const days = new Map<string, ResidentDay>();
  for (const occurrence of occurrences) {
    if (occurrence.status !== 'scheduled') continue;
    const happening = isHappeningAt(occurrence, now);
    if (!happening && occurrence.startsAt <= now) continue;
    for (const participant of occurrence.participants) {
      const day = days.get(participant.id) ?? { now: null, next: null };
      if (happening) day.now ??= toWhereabouts(occurrence);
      else day.next ??= toWhereabouts(occurrence);
      days.set(participant.id, day);
    }
  }
  return days;
}
