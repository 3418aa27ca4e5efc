import { In, LessThanOrEqual, MoreThanOrEqual, type EntityManager } from 'typeorm';
import type { RosterEntry, RosterPerson } from '../../../shared/contract/rosters';
import type { ScheduledOccurrence } from '../../../shared/contract/schedule';
import { instantToWallTime } from '../../../shared/dates';
import { ResidentEntity } from '../residents/resident.entity';
import { ResourceOutOfServiceEntity } from '../schedule/catalogue/resource-out-of-service.entity';
import { OccurrenceEntity } from '../schedule/sessions/occurrence.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';

// Occurrences as the occurrence mapper gives them (sessions/occurrence-reads.ts), turned into what
// paper shows: wall times on the centre's clock, people as last and first names (a sign-in sheet
// is sorted by last name), a booked horse's out-of-service reason on that day, and where a moved
// occurrence used to be. A few queries by id for the whole week, never one per occurrence.

/** The sheet's fixed order: last name, then first name, then id (two people with one name keep an order). */
export function byLastName(a: RosterPerson, b: RosterPerson): number {
  return a.lastName.localeCompare(b.lastName, 'en', { sensitivity: 'base' }) || a.firstName.localeCompare(b.firstName, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}

export async function rosterEntriesOf(manager: EntityManager, occurrences: ScheduledOccurrence[], timeZone: string): Promise<RosterEntry[]> {
  if (occurrences.length === 0) return [];
  const ids = occurrences.map((o) => o.id);
  const residentIds = [...new Set(occurrences.flatMap((o) => o.participants.map((p) => p.id)))];
  const staffIds = [...new Set(occurrences.flatMap((o) => o.facilitators.map((p) => p.id)))];
  const resourceIds = [...new Set(occurrences.flatMap((o) => o.resources.map((r) => r.id)))];
  const dates = occurrences.map((o) => o.localDate).sort();
  const [slots, residents, staff, outOfService] = await Promise.all([
    findInChunks(ids, (chunk) => manager.find(OccurrenceEntity, { select: { id: true, slotLocal: true }, where: { id: In(chunk) } })),
    peopleById(manager, ResidentEntity, residentIds),
    peopleById(manager, StaffMemberEntity, staffIds),
    resourceIds.length === 0 ? [] : manager.find(ResourceOutOfServiceEntity, { where: { resourceId: In(resourceIds), startsOn: LessThanOrEqual(dates[dates.length - 1]), endsOn: MoreThanOrEqual(dates[0]) } }),
  ]);
  const slotOf = new Map(slots.map((row) => [row.id, row.slotLocal]));
  const person = (people: Map<string, RosterPerson>, id: string) => people.get(id) ?? { id, firstName: '', lastName: '' };

  return occurrences.map((o) => {
    const start = instantToWallTime(o.startsAt, timeZone);
    const slot = slotOf.get(o.id) ?? start;
    return {
      occurrenceId: o.id,
      sessionId: o.sessionId,
      title: o.title,
      activityName: o.activityName,
      date: o.localDate,
      startTime: start.slice(11),
      endTime: instantToWallTime(o.endsAt, timeZone).slice(11),
      location: o.location.name,
      facilitators: o.facilitators.map((p) => person(staff, p.id)).sort(byLastName),
      residents: o.participants.map((p) => person(residents, p.id)).sort(byLastName),
      resources: o.resources.map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        outOfService: outOfService.find((period) => period.resourceId === r.id && period.startsOn <= o.localDate && period.endsOn >= o.localDate)?.reason ?? null,
      })),
      status: o.status,
      cancelReason: o.cancelReason,
      // slot_local is where the series put it; an exception elsewhere was moved (a cancelled one keeps its slot).
      movedFrom: o.isException && slot !== start ? { date: slot.slice(0, 10), startTime: slot.slice(11) } : null,
    };
  });
}

async function peopleById(manager: EntityManager, entity: typeof ResidentEntity | typeof StaffMemberEntity, ids: string[]): Promise<Map<string, RosterPerson>> {
  const rows = await findInChunks(ids, (chunk) => manager.find<RosterPerson>(entity, { select: { id: true, firstName: true, lastName: true }, where: { id: In(chunk) } }));
  return new Map(rows.map((row) => [row.id, { id: row.id, firstName: row.firstName, lastName: row.lastName }]));
}

/** Ids go into IN (…) lists in chunks, well below any driver's limit on bound values. */
async function findInChunks<T>(ids: string[], find: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let start = 0; start < ids.length; start += 400) found.push(...(await find(ids.slice(start, start + 400))));
  return found;
}
