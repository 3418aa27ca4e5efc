import type { EntityManager } from 'typeorm';
import type { NamedRef, OccurrenceStatus, ScheduledOccurrence } from '../../../../shared/contract/schedule';
import type { ResourceKind } from '../../../../shared/contract/schedule-catalogue';
import { namedQuery } from '../../persistence/named-query';

// The ONE way rows become ScheduledOccurrence: the calendar's range, one occurrence, the Today
// board and every write's answer read through here. Four statements whatever the number of
// occurrences (the rows, then who and what they book, by id), never one per occurrence;
// hand-written (persistence/named-query.ts) because this is the calendar's hot path.

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
  groupId?: string | null;
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

const OCCURRENCE_COLUMNS = `o.id AS "id", o.session_id AS "sessionId", o.version AS "version", o.title AS "title", o.starts_at AS "startsAt", o.ends_at AS "endsAt",
  o.local_date AS "localDate", o.capacity AS "capacity", o.status AS "status", o.cancel_reason AS "cancelReason", o.is_exception AS "isException",
  o.capacity_override_reason AS "capacityOverrideReason", CASE WHEN s.rule IS NULL THEN 0 ELSE 1 END AS "recurring", s.activity_type_id AS "activityTypeId",
  a.name AS "activityName", a.colour AS "colour", a.clinical AS "clinical", l.id AS "locationId", l.name AS "locationName"`;

/** Who and what occurrences book, with names: one statement each for a chunk of occurrence ids. */
const LINK_QUERIES = [
  'SELECT x.occurrence_id AS "occurrenceId", p.id AS "id", p.first_name AS "firstName", p.last_name AS "lastName" FROM occurrence_facilitators x JOIN staff_members p ON p.id = x.staff_id WHERE x.occurrence_id IN (:...ids)',
  'SELECT x.occurrence_id AS "occurrenceId", p.id AS "id", p.first_name AS "firstName", p.last_name AS "lastName" FROM occurrence_participants x JOIN residents p ON p.id = x.resident_id WHERE x.occurrence_id IN (:...ids)',
  'SELECT x.occurrence_id AS "occurrenceId", p.id AS "id", p.name AS "name", p.kind AS "kind" FROM occurrence_resources x JOIN resources p ON p.id = x.resource_id WHERE x.occurrence_id IN (:...ids)',
] as const;

export async function readOccurrences(manager: EntityManager, criteria: OccurrenceCriteria): Promise<ScheduledOccurrence[]> {
  const { conditions, parameters } = conditionsOf(criteria);
  const rows = await namedQuery<OccurrenceRow>(
    manager,
    `SELECT ${OCCURRENCE_COLUMNS}
       FROM occurrences o JOIN sessions s ON s.id = o.session_id JOIN activity_types a ON a.id = s.activity_type_id JOIN locations l ON l.id = o.location_id
      WHERE ${conditions.length > 0 ? conditions.join(' AND ') : '1 = 1'}
      ORDER BY o.starts_at, o.id`,
    parameters,
  );
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [facilitators, participants, resources] = await Promise.all(LINK_QUERIES.map((sql) => readLinks(manager, ids, sql)));
  return rows.map((row) => toScheduledOccurrence(row, facilitators.get(row.id) ?? [], participants.get(row.id) ?? [], resources.get(row.id) ?? []));
}

/** One occurrence as the contract shows it, or null when there is no such row. */
export async function readOccurrence(manager: EntityManager, id: string): Promise<ScheduledOccurrence | null> {
  const [occurrence] = await readOccurrences(manager, { ids: [id], includeCancelled: true });
  return occurrence ?? null;
}

function conditionsOf(criteria: OccurrenceCriteria): { conditions: string[]; parameters: Record<string, unknown> } {
  const conditions: string[] = [];
  const parameters: Record<string, unknown> = {};
  const when = (value: unknown, condition: string, name: string) => {
    if (value === undefined || value === null) return;
    conditions.push(condition);
    parameters[name] = value;
  };
  when(criteria.ids && (criteria.ids.length > 0 ? criteria.ids : ['']), 'o.id IN (:...ids)', 'ids');
  when(criteria.fromDate, 'o.local_date >= :fromDate', 'fromDate');
  when(criteria.toDate, 'o.local_date <= :toDate', 'toDate');
  when(criteria.startsBefore, 'o.starts_at < :startsBefore', 'startsBefore');
  when(criteria.endsAfter, 'o.ends_at > :endsAfter', 'endsAfter');
  when(criteria.activityTypeIds?.length ? criteria.activityTypeIds : undefined, 's.activity_type_id IN (:...activityTypeIds)', 'activityTypeIds');
  when(criteria.locationId, 'o.location_id = :locationId', 'locationId');
  when(criteria.facilitatorId, 'EXISTS (SELECT 1 FROM occurrence_facilitators f WHERE f.occurrence_id = o.id AND f.staff_id = :facilitatorId)', 'facilitatorId');
  when(criteria.residentId, 'EXISTS (SELECT 1 FROM occurrence_participants pp WHERE pp.occurrence_id = o.id AND pp.resident_id = :residentId)', 'residentId');
  when(criteria.resourceId, 'EXISTS (SELECT 1 FROM occurrence_resources rr WHERE rr.occurrence_id = o.id AND rr.resource_id = :resourceId)', 'resourceId');
  when(criteria.groupId, 's.group_id = :groupId', 'groupId');
  if (criteria.includeCancelled === false) conditions.push("o.status = 'scheduled'");
  return { conditions, parameters };
}

async function readLinks(manager: EntityManager, ids: string[], sql: string): Promise<Map<string, LinkRow[]>> {
  const byOccurrence = new Map<string, LinkRow[]>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const rows = await namedQuery<LinkRow>(manager, sql, { ids: ids.slice(start, start + CHUNK) });
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

/** One collator for every name comparison: String#localeCompare builds one per call, which shows on a busy week. */
const names = new Intl.Collator('en', { sensitivity: 'base' });
const byName = (a: NamedRef, b: NamedRef) => names.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

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
