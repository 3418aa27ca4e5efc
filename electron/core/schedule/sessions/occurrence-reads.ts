import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { NamedRef, OccurrenceStatus, ScheduledOccurrence } from '../../../../shared/contract/schedule';
import type { ResourceKind } from '../../../../shared/contract/schedule-catalogue';
import { OccurrenceFacilitatorEntity, OccurrenceParticipantEntity, OccurrenceResourceEntity } from './occurrence-links.entity';
import { OccurrenceEntity } from './occurrence.entity';

// The ONE way rows become ScheduledOccurrence: the calendar's range, one occurrence, the Today
// board and every write's answer read through here. Three queries whatever the number of
// occurrences (the rows, then who and what they book, by id), never one per occurrence.

/** Which occurrences to read. Dates are the centre's wall calendar, both included. */
export interface OccurrenceCriteria {
  ids?: string[];
  fromDate?: string;
  toDate?: string;
  /** Those on at some point of [startsBefore, endsAfter): the Today board's "now and next". */
  startsBefore?: string;
  endsAfter?: string;
  activityTypeIds?: string[];
  facilitatorId?: string | null;
  locationId?: string | null;
  residentId?: string | null;
  resourceId?: string | null;
  includeCancelled?: boolean;
}

interface OccurrenceRow {
  id: string;
  sessionId: string;
  version: number;
  title: string | null;
  startsAt: string;
  endsAt: string;
  localDate: string;
  capacity: number;
  status: OccurrenceStatus;
  cancelReason: string | null;
  isException: number | boolean;
  capacityOverrideReason: string | null;
  recurring: number | boolean;
  activityTypeId: string;
  activityName: string;
  colour: string;
  clinical: number | boolean;
  locationId: string;
  locationName: string;
}

interface LinkRow {
  occurrenceId: string;
  id: string;
  firstName?: string;
  lastName?: string;
  name?: string;
  kind?: ResourceKind;
}

/** Ids go into IN (…) lists in chunks, well below any driver's limit on bound values. */
const CHUNK = 400;

export async function readOccurrences(manager: EntityManager, criteria: OccurrenceCriteria): Promise<ScheduledOccurrence[]> {
  const query = manager
    .createQueryBuilder(OccurrenceEntity, 'o')
    .innerJoin('o.session', 's')
    .innerJoin('s.activityType', 'a')
    .innerJoin('o.location', 'l')
    .select([
      'o.id AS "id"',
      'o.session_id AS "sessionId"',
      'o.version AS "version"',
      'o.title AS "title"',
      'o.starts_at AS "startsAt"',
      'o.ends_at AS "endsAt"',
      'o.local_date AS "localDate"',
      'o.capacity AS "capacity"',
      'o.status AS "status"',
      'o.cancel_reason AS "cancelReason"',
      'o.is_exception AS "isException"',
      'o.capacity_override_reason AS "capacityOverrideReason"',
      'CASE WHEN s.rule IS NULL THEN 0 ELSE 1 END AS "recurring"',
      's.activity_type_id AS "activityTypeId"',
      'a.name AS "activityName"',
      'a.colour AS "colour"',
      'a.clinical AS "clinical"',
      'l.id AS "locationId"',
      'l.name AS "locationName"',
    ])
    .orderBy('o.starts_at')
    .addOrderBy('o.id');
  applyCriteria(query, criteria);
  const rows = await query.getRawMany<OccurrenceRow>();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [facilitators, participants, resources] = await Promise.all([
    readLinks(manager, ids, (q) => q.from(OccurrenceFacilitatorEntity, 'x').innerJoin('x.staff', 'p').select(['x.occurrence_id AS "occurrenceId"', 'p.id AS "id"', 'p.first_name AS "firstName"', 'p.last_name AS "lastName"'])),
    readLinks(manager, ids, (q) => q.from(OccurrenceParticipantEntity, 'x').innerJoin('x.resident', 'p').select(['x.occurrence_id AS "occurrenceId"', 'p.id AS "id"', 'p.first_name AS "firstName"', 'p.last_name AS "lastName"'])),
    readLinks(manager, ids, (q) => q.from(OccurrenceResourceEntity, 'x').innerJoin('x.resource', 'p').select(['x.occurrence_id AS "occurrenceId"', 'p.id AS "id"', 'p.name AS "name"', 'p.kind AS "kind"'])),
  ]);
  return rows.map((row) => toScheduledOccurrence(row, facilitators.get(row.id) ?? [], participants.get(row.id) ?? [], resources.get(row.id) ?? []));
}

/** One occurrence as the contract shows it, or null when there is no such row. */
export async function readOccurrence(manager: EntityManager, id: string): Promise<ScheduledOccurrence | null> {
  const [occurrence] = await readOccurrences(manager, { ids: [id], includeCancelled: true });
  return occurrence ?? null;
}

function applyCriteria(query: SelectQueryBuilder<OccurrenceEntity>, criteria: OccurrenceCriteria): void {
  if (criteria.ids) query.andWhere('o.id IN (:...ids)', { ids: criteria.ids.length > 0 ? criteria.ids : [''] });
  if (criteria.fromDate) query.andWhere('o.local_date >= :fromDate', { fromDate: criteria.fromDate });
  if (criteria.toDate) query.andWhere('o.local_date <= :toDate', { toDate: criteria.toDate });
  if (criteria.startsBefore) query.andWhere('o.starts_at < :startsBefore', { startsBefore: criteria.startsBefore });
  if (criteria.endsAfter) query.andWhere('o.ends_at > :endsAfter', { endsAfter: criteria.endsAfter });
  if (criteria.activityTypeIds && criteria.activityTypeIds.length > 0) query.andWhere('s.activity_type_id IN (:...activityTypeIds)', { activityTypeIds: criteria.activityTypeIds });
  if (criteria.locationId) query.andWhere('o.location_id = :locationId', { locationId: criteria.locationId });
  if (criteria.facilitatorId) query.andWhere('EXISTS (SELECT 1 FROM occurrence_facilitators f WHERE f.occurrence_id = o.id AND f.staff_id = :facilitatorId)', { facilitatorId: criteria.facilitatorId });
  if (criteria.residentId) query.andWhere('EXISTS (SELECT 1 FROM occurrence_participants pp WHERE pp.occurrence_id = o.id AND pp.resident_id = :residentId)', { residentId: criteria.residentId });
  if (criteria.resourceId) query.andWhere('EXISTS (SELECT 1 FROM occurrence_resources rr WHERE rr.occurrence_id = o.id AND rr.resource_id = :resourceId)', { resourceId: criteria.resourceId });
  if (criteria.includeCancelled === false) query.andWhere("o.status = 'scheduled'");
}

async function readLinks(manager: EntityManager, ids: string[], build: (query: SelectQueryBuilder<object>) => SelectQueryBuilder<object>): Promise<Map<string, LinkRow[]>> {
  const byOccurrence = new Map<string, LinkRow[]>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const rows = await build(manager.createQueryBuilder()).where('x.occurrence_id IN (:...chunk)', { chunk }).getRawMany<LinkRow>();
    for (const row of rows) {
      const list = byOccurrence.get(row.occurrenceId);
      if (list) list.push(row);
      else byOccurrence.set(row.occurrenceId, [row]);
    }
  }
  return byOccurrence;
}

/** A person's name as the schedule shows it. */
export function personName(person: { firstName?: string; lastName?: string }): string {
  return `${person.firstName ?? ''} ${person.lastName ?? ''}`.trim();
}

const byName = (a: NamedRef, b: NamedRef) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

function toScheduledOccurrence(row: OccurrenceRow, facilitators: LinkRow[], participants: LinkRow[], resources: LinkRow[]): ScheduledOccurrence {
  return {
    id: row.id,
    sessionId: row.sessionId,
    version: Number(row.version),
    activityTypeId: row.activityTypeId,
    activityName: row.activityName,
    colour: row.colour,
    clinical: Boolean(row.clinical),
    title: row.title ?? row.activityName,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    localDate: row.localDate,
    location: { id: row.locationId, name: row.locationName },
    resources: resources.map((r) => ({ id: r.id, name: r.name ?? '', kind: r.kind ?? 'equipment' })).sort(byName),
    facilitators: facilitators.map((p) => ({ id: p.id, name: personName(p) })).sort(byName),
    participants: participants.map((p) => ({ id: p.id, name: personName(p) })).sort(byName),
    capacity: Number(row.capacity),
    status: row.status,
    cancelReason: row.cancelReason,
    isException: Boolean(row.isException),
    recurring: Boolean(row.recurring),
    capacityOverrideReason: row.capacityOverrideReason,
  };
}
