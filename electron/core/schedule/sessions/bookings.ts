import type { EntityManager } from 'typeorm';
import { insertRows } from '../../persistence/bulk-insert';
import { OccurrenceFacilitatorEntity, OccurrenceParticipantEntity, OccurrenceResourceEntity } from './occurrence-links.entity';
import { SessionFacilitatorEntity, SessionParticipantEntity, SessionResourceEntity } from './session-links.entity';

// Who and what a session or an occurrence books (facilitators, participants, resources): its link
// rows, written and read in bulk. Kept apart from materialise.ts so that the group-roster code
// (participants-sync.ts), which materialising calls, can speak of bookings without importing back.

/** Who and what a session (or one occurrence) books. */
export interface Bookings {
  facilitatorIds: string[];
  participantIds: string[];
  resourceIds: string[];
}

/** The link rows of occurrences: each gets the same facilitators, participants and resources. */
export async function insertBookings(manager: EntityManager, occurrenceIds: string[], bookings: Bookings): Promise<void> {
  await insertRows(manager, 'occurrence_facilitators', ['occurrence_id', 'staff_id'], occurrenceIds.flatMap((id) => bookings.facilitatorIds.map((staffId) => [id, staffId])));
  await insertRows(manager, 'occurrence_participants', ['occurrence_id', 'resident_id'], occurrenceIds.flatMap((id) => bookings.participantIds.map((residentId) => [id, residentId])));
  await insertRows(manager, 'occurrence_resources', ['occurrence_id', 'resource_id'], occurrenceIds.flatMap((id) => bookings.resourceIds.map((resourceId) => [id, resourceId])));
}

/** Replaces the link rows of occurrences (an edit of who or what they book). */
export async function replaceBookings(manager: EntityManager, occurrenceIds: string[], bookings: Bookings): Promise<void> {
  for (let start = 0; start < occurrenceIds.length; start += 400) {
    const chunk = occurrenceIds.slice(start, start + 400);
    for (const entity of [OccurrenceFacilitatorEntity, OccurrenceParticipantEntity, OccurrenceResourceEntity]) {
      await manager.createQueryBuilder().delete().from(entity).where('occurrence_id IN (:...chunk)', { chunk }).execute();
    }
  }
  await insertBookings(manager, occurrenceIds, bookings);
}

/** The session's own link rows, replaced by `bookings`. */
export async function writeSessionBookings(manager: EntityManager, sessionId: string, bookings: Bookings): Promise<void> {
  for (const entity of [SessionFacilitatorEntity, SessionParticipantEntity, SessionResourceEntity]) await manager.delete(entity, { sessionId });
  await insertRows(manager, 'session_facilitators', ['session_id', 'staff_id'], bookings.facilitatorIds.map((staffId) => [sessionId, staffId]));
  await insertRows(manager, 'session_participants', ['session_id', 'resident_id'], bookings.participantIds.map((residentId) => [sessionId, residentId]));
  await insertRows(manager, 'session_resources', ['session_id', 'resource_id'], bookings.resourceIds.map((resourceId) => [sessionId, resourceId]));
}

/** Who and what sessions book, by session id. */
export async function readSessionBookings(manager: EntityManager, sessionIds: string[]): Promise<Map<string, Bookings>> {
  const result = new Map<string, Bookings>(sessionIds.map((id) => [id, { facilitatorIds: [], participantIds: [], resourceIds: [] }]));
  if (sessionIds.length === 0) return result;
  const [facilitators, participants, resources] = await Promise.all([
    manager.createQueryBuilder(SessionFacilitatorEntity, 'x').where('x.sessionId IN (:...sessionIds)', { sessionIds }).getMany(),
    manager.createQueryBuilder(SessionParticipantEntity, 'x').where('x.sessionId IN (:...sessionIds)', { sessionIds }).getMany(),
    manager.createQueryBuilder(SessionResourceEntity, 'x').where('x.sessionId IN (:...sessionIds)', { sessionIds }).getMany(),
  ]);
  for (const row of facilitators) result.get(row.sessionId)?.facilitatorIds.push(row.staffId);
  for (const row of participants) result.get(row.sessionId)?.participantIds.push(row.residentId);
  for (const row of resources) result.get(row.sessionId)?.resourceIds.push(row.resourceId);
  return result;
}

/** Who and what occurrences book, by occurrence id (raw rows: no entity building on this hot path). */
export async function readOccurrenceBookings(manager: EntityManager, occurrenceIds: string[]): Promise<Map<string, Bookings>> {
  const result = new Map<string, Bookings>(occurrenceIds.map((id) => [id, { facilitatorIds: [], participantIds: [], resourceIds: [] }]));
  const links = [
    { entity: OccurrenceFacilitatorEntity, column: 'staff_id', list: 'facilitatorIds' },
    { entity: OccurrenceParticipantEntity, column: 'resident_id', list: 'participantIds' },
    { entity: OccurrenceResourceEntity, column: 'resource_id', list: 'resourceIds' },
  ] as const;
  for (let start = 0; start < occurrenceIds.length; start += 400) {
    const chunk = occurrenceIds.slice(start, start + 400);
    for (const { entity, column, list } of links) {
      const rows = await manager
        .createQueryBuilder(entity, 'x')
        .select('x.occurrence_id', 'occurrenceId')
        .addSelect(`x.${column}`, 'id')
        .where('x.occurrence_id IN (:...chunk)', { chunk })
        .getRawMany<{ occurrenceId: string; id: string }>();
      for (const row of rows) result.get(row.occurrenceId)?.[list].push(row.id);
    }
  }
  return result;
}
