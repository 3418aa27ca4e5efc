import type { ScheduleEventData, ScheduleResourceData } from '@mantine/schedule';
import type { ScheduledOccurrence } from '../../../shared/contract/schedule';
import { wallDateTimeIn } from '../../../shared/dates';
import type { ScheduleGrouping } from '../../app/routeSearch';

// Occurrences from the core as the calendar library's events. The library has no time-zone prop:
// each instant is handed over as a wall date-time of the centre's zone, whatever the machine's.

export interface OccurrencePayload {
  occurrence: ScheduledOccurrence;
}
export type OccurrenceEvent = ScheduleEventData<OccurrencePayload>;

/** The rows an occurrence occupies when the view is grouped: its location, each facilitator or each resource. */
function rowsOf(occurrence: ScheduledOccurrence, grouping: Exclude<ScheduleGrouping, 'none'>): Array<{ id: string; name: string }> {
  if (grouping === 'location') return [occurrence.location];
  if (grouping === 'facilitator') return occurrence.facilitators;
  return occurrence.resources;
}

type WallClock = (instant: string) => string;

/**
 * Instants to wall date-times, each instant converted once: a busy week has a few dozen distinct
 * start and end times, and the zone conversion is the costliest step of preparing the events.
 */
function wallClockOf(timeZone: string): WallClock {
  const seen = new Map<string, string>();
  return (instant) => {
    let wall = seen.get(instant);
    if (wall === undefined) seen.set(instant, (wall = wallDateTimeIn(instant, timeZone)));
    return wall;
  };
}

function eventOf(occurrence: ScheduledOccurrence, wall: WallClock, id: string, resourceId?: string): OccurrenceEvent {
  return {
    id,
    title: occurrence.title,
    start: wall(occurrence.startsAt),
    end: wall(occurrence.endsAt),
    // The type's colour is dark enough for white text (checked when the type is saved): filled, not the library's light tint.
    color: occurrence.colour,
    variant: 'filled',
    resourceId,
    payload: { occurrence },
  };
}

/**
 * The events to draw: one per occurrence, or, grouped, one per row it occupies (an occurrence with
 * two horses shows on both horses' rows). Event ids stay unique; the occurrence rides in the payload.
 */
export function calendarEvents(occurrences: readonly ScheduledOccurrence[], grouping: ScheduleGrouping, timeZone: string): OccurrenceEvent[] {
  const wall = wallClockOf(timeZone);
  if (grouping === 'none') return occurrences.map((occurrence) => eventOf(occurrence, wall, occurrence.id));
  return occurrences.flatMap((occurrence) => rowsOf(occurrence, grouping).map((row) => eventOf(occurrence, wall, `${occurrence.id}:${row.id}`, row.id)));
}

/** The rows of a grouped view: every location, facilitator or resource the shown occurrences use, by name. */
export function calendarRows(occurrences: readonly ScheduledOccurrence[], grouping: Exclude<ScheduleGrouping, 'none'>): ScheduleResourceData[] {
  const rows = new Map<string, string>();
  for (const occurrence of occurrences) for (const row of rowsOf(occurrence, grouping)) rows.set(row.id, row.name);
  return [...rows].map(([id, label]) => ({ id, label })).sort((a, b) => String(a.label).localeCompare(String(b.label)));
}
