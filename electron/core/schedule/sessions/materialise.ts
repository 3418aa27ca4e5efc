import type { EntityManager } from 'typeorm';
import { addDays } from '../../../../shared/dates';
import { insertRows } from '../../persistence/bulk-insert';
import { newId } from '../../ids';
import { insertBookings, readSessionBookings, type Bookings } from './bookings';
import { timingOfSlot } from './occurrence-timing';
import { enrolRosters } from './participants-sync';
import { expandSlots, lastSlotDate, MAX_SLOTS } from './recurrence';
import { SessionEntity } from './session.entity';

// Occurrences exist as rows (stable ids that attendance and notes point at; plain indexed rows for
// the week view and the conflict check). A series that ends is materialised whole (at most
// MAX_SLOTS at a time); a never-ending one up to today + the horizon setting, and further when
// someone looks further ahead. Those rows are derived from the session, so extending them writes
// no audit row and runs no conflict check of its own (the series was checked when it was saved,
// within what existed then).

/** `materialised_until` of a series whose every slot exists. */
export const FULLY_MATERIALISED = '9999-12-31';

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
