import type { EntityManager } from 'typeorm';
import { addDays } from '../../../../shared/dates';
import { insertRows } from '../../db/bulk-insert';
import { newId } from '../../ids';
import { OccurrenceFacilitatorEntity, OccurrenceParticipantEntity, OccurrenceResourceEntity } from './occurrence-links.entity';
import { timingOfSlot } from './occurrence-timing';
import { enrolRosters } from './participants-sync';
import { expandSlots, lastSlotDate, MAX_SLOTS } from './recurrence';
import { SessionFacilitatorEntity, SessionParticipantEntity, SessionResourceEntity } from './session-links.entity';
import { SessionEntity } from './session.entity';

// Occurrences exist as rows (stable ids that attendance and notes point at; plain indexed rows for
// the week view and the conflict check). A series that ends is materialised whole (at most
// MAX_SLOTS at a time); a never-ending one up to today + the horizon setting, and further when
// someone looks further ahead. Those rows are derived from the session, so extending them writes
// no audit row and runs no conflict check of its own (the series was checked when it was saved,
// within what existed then).

/** `materialised_until` of a series whose every slot exists. */
export const FULLY_MATERIALISED = '9999-12-31';

/** Who and what a session (or one occurrence) books. */
export interface Bookings {
  facilitatorIds: string[];
  participantIds: string[];
  resourceIds: string[];
}

/** The slots a newly saved session gets now, from `fromDate`, and the date they then exist until. */
export function initialSlots(session: Pick<SessionEntity, 'startLocal' | 'rule'>, fromDate: string, today: string, horizonWeeks: number): { slots: string[]; materialisedUntil: string } {
  const start = session.startLocal.slice(0, 10);
  const last = lastSlotDate(session.startLocal, session.rule);
  const through = last ?? addDays(start > today ? start : today, horizonWeeks * 7);
  const slots = expandSlots(session.startLocal, session.rule, fromDate, through, MAX_SLOTS);
  return { slots, materialisedUntil: materialisedUntilAfter(slots, last === null ? through : FULLY_MATERIALISED) };
}

/** When the cap on slots cut the expansion short, rows exist only up to the last slot made. */
function materialisedUntilAfter(slots: string[], through: string): string {
  return slots.length >= MAX_SLOTS ? (slots.at(-1) ?? through).slice(0, 10) : through;
}

/** Occurrence rows for `slots` of a session, with copies of its place, capacity, title and bookings (and a group's roster of each day). */
export async function insertOccurrences(manager: EntityManager, session: SessionEntity, bookings: Bookings, slots: string[], now: string): Promise<Array<{ id: string; startsAt: string }>> {
  const rows = slots.map((slot) => ({ id: newId(), slot, ...timingOfSlot(slot, session.timeZone, session.durationMinutes) }));
  await insertRows(
    manager,
    'occurrences',
    ['id', 'session_id', 'slot_local', 'starts_at', 'ends_at', 'local_date', 'title', 'location_id', 'capacity', 'status', 'cancel_reason', 'is_exception', 'capacity_override_reason', 'created_at', 'updated_at', 'version'],
    rows.map((row) => [row.id, session.id, row.slot, row.startsAt, row.endsAt, row.localDate, session.title, session.locationId, session.capacity, 'scheduled', null, false, session.capacityOverrideReason, now, now, 1]),
  );
  await insertBookings(manager, rows.map((row) => row.id), bookings);
  await enrolRosters(manager, session.groupId, rows, bookings);
  return rows;
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

/**
 * Makes sure every series has its occurrences up to `throughDate` (a wall date): the calendar
 * looking further ahead, or a change checked against what will be there. Call it inside the
 * caller's transaction. Returns how many occurrences it added.
 */
export async function extendMaterialisation(manager: EntityManager, throughDate: string, now: string): Promise<number> {
  const behind = await manager
    .createQueryBuilder(SessionEntity, 's')
    .where('s.rule IS NOT NULL')
    .andWhere('s.materialisedUntil < :throughDate', { throughDate })
    .getMany();
  if (behind.length === 0) return 0;
  const bookings = await readSessionBookings(manager, behind.map((session) => session.id));
  let added = 0;
  for (const session of behind) {
    const last = lastSlotDate(session.startLocal, session.rule);
    const through = last !== null && last < throughDate ? last : throughDate;
    const slots = expandSlots(session.startLocal, session.rule, addDays(session.materialisedUntil, 1), through, MAX_SLOTS);
    await insertOccurrences(manager, session, bookings.get(session.id) ?? { facilitatorIds: [], participantIds: [], resourceIds: [] }, slots, now);
    const materialisedUntil = materialisedUntilAfter(slots, last !== null && last <= throughDate ? FULLY_MATERIALISED : throughDate);
    await manager.update(SessionEntity, { id: session.id }, { materialisedUntil });
    added += slots.length;
  }
  return added;
}

/** Whether some series is not yet materialised up to `throughDate` (a cheap read before opening a write). */
export async function materialisationBehind(manager: EntityManager, throughDate: string): Promise<boolean> {
  const row = await manager.createQueryBuilder(SessionEntity, 's').select('s.id', 'id').where('s.rule IS NOT NULL').andWhere('s.materialisedUntil < :throughDate', { throughDate }).limit(1).getRawOne<{ id: string }>();
  return row !== undefined;
}
