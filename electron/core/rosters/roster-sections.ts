import type { RosterEntry, RosterPerson, RosterSection } from '../../../shared/contract/rosters';
import { byLastName } from './roster-entries';

// How a week's entries become the sections of a print (each starts a new sheet). One grouping
// function per print; the per-group one reads the groups and their memberships, so it has a file
// of its own (group-sections.ts).

export interface ResidentForPrint extends RosterPerson {
  language: 'en' | 'fr';
}

const fullName = (person: RosterPerson) => `${person.firstName} ${person.lastName}`.trim();

/** One section per session series, by activity then title then first occurrence. */
export function bySeries(entries: RosterEntry[]): RosterSection[] {
  const groups = new Map<string, RosterEntry[]>();
  for (const entry of entries) groups.set(entry.sessionId, [...(groups.get(entry.sessionId) ?? []), entry]);
  return [...groups.values()]
    .sort(([a], [b]) => a.activityName.localeCompare(b.activityName) || a.title.localeCompare(b.title) || a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
    .map((group) => ({ subject: { type: 'series', id: group[0].sessionId, name: group[0].title }, language: null, entries: group }));
}

/** One timetable per resident, in the order given (by last name), in the resident's own language. */
export function byResident(entries: RosterEntry[], residents: ResidentForPrint[]): RosterSection[] {
  return residents.map((resident) => ({
    subject: { type: 'resident', id: resident.id, name: fullName(resident) },
    language: resident.language,
    entries: entries.filter((entry) => entry.residents.some((r) => r.id === resident.id)),
  }));
}

/** One week per facilitator: the one asked for, or everyone who leads something that week. */
export function byFacilitator(entries: RosterEntry[], staffId: string | null, staffName: RosterPerson | null): RosterSection[] {
  const people = new Map<string, RosterPerson>();
  if (staffName) people.set(staffName.id, staffName);
  else for (const entry of entries) for (const person of entry.facilitators) people.set(person.id, person);
  return [...people.values()]
    .filter((person) => staffId === null || person.id === staffId)
    .sort(byLastName)
    .map((person) => ({ subject: { type: 'staff', id: person.id, name: fullName(person) }, language: null, entries: entries.filter((entry) => entry.facilitators.some((f) => f.id === person.id)) }));
}

/** The whole centre's week on one section (the view lays it out day by day). */
export function wholeCentre(entries: RosterEntry[], centreName: string): RosterSection[] {
  return [{ subject: { type: 'centre', id: 'centre', name: centreName }, language: null, entries }];
}
