import { In, type EntityManager } from 'typeorm';
import type { Requirement } from '../../../../shared/contract/schedule-catalogue';
import { addMinutesToInstant } from '../../../../shared/dates';
import { namedQuery } from '../../persistence/named-query';
import { DomainError } from '../../errors';
import { ResidentStatusEventEntity } from '../../residents/resident-status-event.entity';
import { ResidentEntity } from '../../residents/resident.entity';
import { StaffMemberEntity } from '../../staff/staff-member.entity';
import { StaffAbsenceEntity } from '../availability/staff-absence.entity';
import { ActivityTypeEntity } from '../catalogue/activity-type.entity';
import { LocationEntity } from '../catalogue/location.entity';
import { ResourceOutOfServiceEntity } from '../catalogue/resource-out-of-service.entity';
import { ResourceEntity } from '../catalogue/resource.entity';
import { readOccurrenceBookings } from '../sessions/bookings';
import { OccurrenceEntity } from '../sessions/occurrence.entity';
import { MAX_DURATION_MINUTES } from '../../../../shared/contract/schedule-catalogue';

// Everything the conflict check needs for one change, loaded in a fixed number of batched
// queries over the change's whole time range (never a query per occurrence): the bookings that
// overlap any proposed occurrence, the bookings of its resources on its days (daily limits), and
// the records it names.

/** An occurrence the change proposes (new, or an existing one rewritten). */
export interface ProposedOccurrence {
  /** The existing occurrence it rewrites, or null for a new one. */
  occurrenceId: string | null;
  /** Null: the activity type's name. */
  title: string | null;
  startsAt: string;
  endsAt: string;
  localDate: string;
  activityTypeId: string;
  locationId: string;
  capacity: number;
  facilitatorIds: string[];
  participantIds: string[];
  resourceIds: string[];
}

/** Periods not saved yet, for previewing an availability change ("what would clash if Biscuit were lame"). */
export interface HypotheticalPeriods {
  /** Null reason or kind: not given yet (the clash then says none). */
  outOfService?: Array<{ resourceId: string; startsOn: string; endsOn: string; reason: string | null }>;
  absences?: Array<{ staffId: string; startsOn: string; endsOn: string; kind: string | null }>;
}

/** A scheduled occurrence already in the schedule, with who and what it books. */
export interface Booking {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  localDate: string;
  locationId: string;
  facilitatorIds: Set<string>;
  participantIds: Set<string>;
  resourceIds: Set<string>;
}

export interface Stay {
  from: string;
  /** Null: still in residence. */
  to: string | null;
}

export interface ConflictFacts {
  /** Scheduled occurrences (not replaced by the change) that overlap some proposed occurrence in time. */
  overlapping: Booking[];
  /** Scheduled occurrences (not replaced) booking each resource, by `resourceId|localDate`. */
  resourceDays: Map<string, Booking[]>;
  staff: Map<string, StaffMemberEntity>;
  absences: Map<string, Array<{ startsOn: string; endsOn: string; kind: string | null }>>;
  locations: Map<string, LocationEntity>;
  resources: Map<string, ResourceEntity>;
  outOfService: Map<string, Array<{ startsOn: string; endsOn: string; reason: string | null }>>;
  residents: Map<string, ResidentEntity>;
  stays: Map<string, Stay[]>;
  requirements: Map<string, { name: string; requirements: Requirement[] }>;
}

const PROPOSALS_PER_QUERY = 150;
const IDS_PER_QUERY = 400;

export async function loadConflictFacts(manager: EntityManager, proposals: ProposedOccurrence[], replacedIds: Set<string>, hypothetical: HypotheticalPeriods): Promise<ConflictFacts> {
  const ids = (pick: (p: ProposedOccurrence) => string[]) => [...new Set(proposals.flatMap(pick))];
  const staffIds = ids((p) => p.facilitatorIds);
  const residentIds = ids((p) => p.participantIds);
  const resourceIds = ids((p) => p.resourceIds);
  const locationIds = ids((p) => [p.locationId]);
  const typeIds = ids((p) => [p.activityTypeId]);
  const dates = [...new Set(proposals.map((p) => p.localDate))].sort();
  const firstDate = dates[0] ?? '';
  const lastDate = dates.at(-1) ?? '';

  const [overlapping, resourceDays, staff, locations, resources, residents, types] = await Promise.all([
    overlappingBookings(manager, proposals, replacedIds),
    resourceBookingsOnDays(manager, resourceIds, dates, replacedIds),
    byId(manager, StaffMemberEntity, staffIds),
    byId(manager, LocationEntity, locationIds),
    byId(manager, ResourceEntity, resourceIds),
    byId(manager, ResidentEntity, residentIds),
    byId(manager, ActivityTypeEntity, typeIds),
  ]);
  assertAllFound([
    [staffIds, staff],
    [locationIds, locations],
    [resourceIds, resources],
    [residentIds, residents],
    [typeIds, types],
  ]);

  const absences = groupBy(
    [
      ...(staffIds.length === 0 ? [] : await manager.createQueryBuilder(StaffAbsenceEntity, 'a').where({ staffId: In(staffIds) }).andWhere('a.startsOn <= :lastDate AND a.endsOn >= :firstDate', { firstDate, lastDate }).getMany()),
      ...(hypothetical.absences ?? []),
    ],
    (a) => a.staffId,
  );
  const outOfService = groupBy(
    [
      ...(resourceIds.length === 0 ? [] : await manager.createQueryBuilder(ResourceOutOfServiceEntity, 'r').where({ resourceId: In(resourceIds) }).andWhere('r.startsOn <= :lastDate AND r.endsOn >= :firstDate', { firstDate, lastDate }).getMany()),
      ...(hypothetical.outOfService ?? []),
    ],
    (r) => r.resourceId,
  );
  const events = residentIds.length === 0 ? [] : await manager.find(ResidentStatusEventEntity, { where: { residentId: In(residentIds) }, order: { effectiveDate: 'ASC', recordedAt: 'ASC' } });

  return {
    overlapping,
    resourceDays,
    staff,
    absences,
    locations,
    resources,
    outOfService,
    residents,
    stays: staysOf(events),
    requirements: new Map([...types].map(([id, type]) => [id, { name: type.name, requirements: type.requirements }])),
  };
}

/**
 * Stays in residence from the status history: an admission or readmission opens one on its date,
 * a discharge closes it on its date (the discharge day itself still counts: a morning session on
 * the last day is allowed).
 */
function staysOf(events: ResidentStatusEventEntity[]): Map<string, Stay[]> {
  const stays = new Map<string, Stay[]>();
  for (const event of events) {
    const list = stays.get(event.residentId) ?? [];
    stays.set(event.residentId, list);
    const open = list.at(-1);
    if (event.kind === 'admitted' || event.kind === 'readmitted') {
      if (!open || open.to !== null) list.push({ from: event.effectiveDate, to: null });
    } else if (event.kind === 'discharged' && open && open.to === null) open.to = event.effectiveDate;
  }
  return stays;
}

interface BookingRow {
  id: string;
  title: string | null;
  activityName: string;
  startsAt: string;
  endsAt: string;
  localDate: string;
  locationId: string;
}

/**
 * Scheduled occurrences overlapping any proposal in time. An occurrence lasts at most
 * MAX_DURATION_MINUTES, so one that overlaps [start, end) starts in (start − max, end): one range
 * on the indexed starts_at per proposal. The ranges are a VALUES table walked first (CROSS JOIN
 * keeps SQLite from scanning every occurrence and testing each range), in chunks.
 */
async function overlappingBookings(manager: EntityManager, proposals: ProposedOccurrence[], replacedIds: Set<string>): Promise<Booking[]> {
  const rows = new Map<string, BookingRow>();
  for (let start = 0; start < proposals.length; start += PROPOSALS_PER_QUERY) {
    const chunk = proposals.slice(start, start + PROPOSALS_PER_QUERY);
    const parameters: Record<string, string> = {};
    const ranges = chunk.map((p, i) => {
      parameters[`from${i}`] = addMinutesToInstant(p.startsAt, -MAX_DURATION_MINUTES);
      parameters[`to${i}`] = p.endsAt;
      parameters[`after${i}`] = p.startsAt;
      return `(:from${i}, :to${i}, :after${i})`;
    });
    const found = await namedQuery<BookingRow>(
      manager,
      `WITH ranges (range_from, range_to, range_after) AS (VALUES ${ranges.join(', ')})
       SELECT DISTINCT ${BOOKING_COLUMNS}
         FROM ranges r CROSS JOIN occurrences o
         JOIN sessions s ON s.id = o.session_id
         JOIN activity_types a ON a.id = s.activity_type_id
        WHERE o.starts_at > r.range_from AND o.starts_at < r.range_to AND o.ends_at > r.range_after AND o.status = 'scheduled'`,
      parameters,
    );
    for (const row of found) if (!replacedIds.has(row.id)) rows.set(row.id, row);
  }
  return withLinks(manager, [...rows.values()]);
}

const BOOKING_COLUMNS = ['o.id AS "id"', 'o.title AS "title"', 'a.name AS "activityName"', 'o.starts_at AS "startsAt"', 'o.ends_at AS "endsAt"', 'o.local_date AS "localDate"', 'o.location_id AS "locationId"'].join(', ');

/** Scheduled occurrences booking the change's resources on the change's days (a horse's daily limit). */
async function resourceBookingsOnDays(manager: EntityManager, resourceIds: string[], dates: string[], replacedIds: Set<string>): Promise<Map<string, Booking[]>> {
  const byDay = new Map<string, Booking[]>();
  if (resourceIds.length === 0) return byDay;
  const rows = new Map<string, BookingRow>();
  for (let start = 0; start < dates.length; start += IDS_PER_QUERY) {
    const chunk = dates.slice(start, start + IDS_PER_QUERY);
    const found = await bookingQuery(manager)
      .andWhere('o.local_date IN (:...chunk)', { chunk })
      .andWhere('EXISTS (SELECT 1 FROM occurrence_resources r WHERE r.occurrence_id = o.id AND r.resource_id IN (:...resourceIds))', { resourceIds })
      .getRawMany<BookingRow>();
    for (const row of found) if (!replacedIds.has(row.id)) rows.set(row.id, row);
  }
  for (const booking of await withLinks(manager, [...rows.values()])) {
    for (const resourceId of booking.resourceIds) {
      const key = `${resourceId}|${booking.localDate}`;
      byDay.set(key, [...(byDay.get(key) ?? []), booking]);
    }
  }
  return byDay;
}

function bookingQuery(manager: EntityManager) {
  return manager
    .createQueryBuilder(OccurrenceEntity, 'o')
    .innerJoin('o.session', 's')
    .innerJoin('s.activityType', 'a')
    .select(BOOKING_COLUMNS)
    .where("o.status = 'scheduled'");
}

async function withLinks(manager: EntityManager, rows: BookingRow[]): Promise<Booking[]> {
  const links = await readOccurrenceBookings(manager, rows.map((row) => row.id));
  return rows.map((row) => {
    const booked = links.get(row.id);
    return {
      id: row.id,
      title: row.title ?? row.activityName,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      localDate: row.localDate,
      locationId: row.locationId,
      facilitatorIds: new Set(booked?.facilitatorIds),
      participantIds: new Set(booked?.participantIds),
      resourceIds: new Set(booked?.resourceIds),
    };
  });
}

async function byId<E extends { id: string }>(manager: EntityManager, entity: new () => E, ids: string[]): Promise<Map<string, E>> {
  const found = new Map<string, E>();
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const rows = await manager.getRepository(entity).findBy({ id: In(ids.slice(start, start + IDS_PER_QUERY)) } as never);
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

function assertAllFound(pairs: Array<[string[], Map<string, unknown>]>): void {
  if (pairs.some(([wanted, found]) => wanted.some((id) => !found.has(id)))) {
    throw new DomainError('not_found', 'problems.scheduleRecordMissing', 'A person, place, activity or resource this booking names does not exist.');
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
