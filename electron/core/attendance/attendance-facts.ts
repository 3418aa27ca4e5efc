import type { EntityManager } from 'typeorm';
import type { AttendanceStatus, EngagementLevel } from '../../../shared/contract/attendance';
import { ResidentEntity } from '../residents/resident.entity';
import { ActivityTypeEntity } from '../schedule/catalogue/activity-type.entity';
import { OccurrenceFacilitatorEntity } from '../schedule/sessions/occurrence-links.entity';
import { OccurrenceEntity } from '../schedule/sessions/occurrence.entity';
import { SessionEntity } from '../schedule/sessions/session.entity';
import { AttendanceMarkEntity } from './attendance-mark.entity';
import type { OccurrenceScope } from './attendance-scope';

/** One mark with what rates and reports group it by. */
export interface MarkFact {
  occurrenceId: string;
  residentId: string;
  residentFirstName: string;
  residentLastName: string;
  residentPreferredName: string | null;
  /** The start of the resident's current (or last) stay, and whether they are in residence now. */
  residentAdmissionDate: string;
  residentStatus: string;
  status: AttendanceStatus;
  engagement: EngagementLevel | null;
  localDate: string;
  startsAt: string;
  sessionId: string;
  seriesTitle: string;
  activityTypeId: string;
  activityName: string;
  colour: string;
}

export interface FactFilter {
  scope: OccurrenceScope;
  residentId?: string;
  /** Calendar days on the centre's calendar, both included. */
  from?: string;
  to?: string;
}

/**
 * The marks of held (not cancelled) occurrences, oldest first, within the reader's scope: a
 * facilitator's reports count only the occurrences they facilitate.
 */
export async function loadMarkFacts(manager: EntityManager, filter: FactFilter): Promise<MarkFact[]> {
  const query = manager
    .createQueryBuilder(AttendanceMarkEntity, 'm')
    .innerJoin(OccurrenceEntity, 'o', 'o.id = m.occurrenceId')
    .innerJoin(SessionEntity, 's', 's.id = o.sessionId')
    .innerJoin(ActivityTypeEntity, 'a', 'a.id = s.activityTypeId')
    .innerJoin(ResidentEntity, 'r', 'r.id = m.residentId')
    .select('m.occurrenceId', 'occurrenceId')
    .addSelect('m.residentId', 'residentId')
    .addSelect('r.firstName', 'residentFirstName')
    .addSelect('r.lastName', 'residentLastName')
    .addSelect('r.preferredName', 'residentPreferredName')
    .addSelect('r.admissionDate', 'residentAdmissionDate')
    .addSelect('r.status', 'residentStatus')
    .addSelect('m.status', 'status')
    .addSelect('m.engagement', 'engagement')
    .addSelect('o.localDate', 'localDate')
    .addSelect('o.startsAt', 'startsAt')
    .addSelect('o.sessionId', 'sessionId')
    .addSelect('COALESCE(s.title, a.name)', 'seriesTitle')
    .addSelect('a.id', 'activityTypeId')
    .addSelect('a.name', 'activityName')
    .addSelect('a.colour', 'colour')
    .where('o.status = :held', { held: 'scheduled' });
  if (filter.scope.kind === 'own') query.innerJoin(OccurrenceFacilitatorEntity, 'f', 'f.occurrenceId = o.id AND f.staffId = :staffId', { staffId: filter.scope.staffId });
  if (filter.residentId) query.andWhere('m.residentId = :residentId', { residentId: filter.residentId });
  if (filter.from) query.andWhere('o.localDate >= :from', { from: filter.from });
  if (filter.to) query.andWhere('o.localDate <= :to', { to: filter.to });
  return query.orderBy('o.startsAt', 'ASC').getRawMany<MarkFact>();
}

/** Held occurrences in the period within the scope, and how many of them have attendance taken. */
export async function countOccurrences(manager: EntityManager, filter: Required<Pick<FactFilter, 'from' | 'to'>> & { scope: OccurrenceScope }): Promise<{ held: number; taken: number }> {
  const query = manager
    .createQueryBuilder(OccurrenceEntity, 'o')
    .select('COUNT(DISTINCT o.id)', 'held')
    .addSelect('COUNT(DISTINCT m.occurrenceId)', 'taken')
    .leftJoin(AttendanceMarkEntity, 'm', 'm.occurrenceId = o.id')
    .where('o.status = :held', { held: 'scheduled' })
    .andWhere('o.localDate >= :from AND o.localDate <= :to', { from: filter.from, to: filter.to });
  if (filter.scope.kind === 'own') query.innerJoin(OccurrenceFacilitatorEntity, 'f', 'f.occurrenceId = o.id AND f.staffId = :staffId', { staffId: filter.scope.staffId });
  const row = await query.getRawOne<{ held: number | string; taken: number | string }>();
  return { held: Number(row?.held ?? 0), taken: Number(row?.taken ?? 0) };
}
