import type { EntityManager } from 'typeorm';
import { appendAudit } from '../../audit/audit-log';
import type { Actor } from '../../context';
import { insertRows } from '../../persistence/bulk-insert';
import { GroupMembershipEntity } from '../../groups/group-membership.entity';
import { isMemberOn } from '../../groups/roster-dates';
import { occurrencesWithRecords } from '../conflicts/protected-occurrences';
import type { Bookings } from './bookings';

// A peer group's meetings book its roster AS OF EACH MEETING'S DATE: materialising or rewriting a
// group's occurrences enrols the members of that day, and a roster change (joining, leaving, a
// discharge) is carried to the occurrences from its date on. Past occurrences and those holding
// attendance or a note are never altered: they are what happened.

/** The members of `groupId` on each of `dates`, by date. */
export async function rostersOn(manager: EntityManager, groupId: string | null, dates: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(dates.map((date) => [date, []]));
  if (!groupId || dates.length === 0) return result;
  const memberships = await manager.findBy(GroupMembershipEntity, { groupId });
  for (const date of result.keys()) result.set(date, memberships.filter((m) => isMemberOn(m, date)).map((m) => m.residentId));
  return result;
}

/** What an occurrence on `date` books: the individual participants and the group's members that day. */
export function withRoster(bookings: Bookings, roster: readonly string[] | undefined): Bookings {
  if (!roster || roster.length === 0) return bookings;
  return { ...bookings, participantIds: [...new Set([...bookings.participantIds, ...roster])] };
}

/**
 * Enrols the group's roster of each occurrence's date in freshly written occurrences (whose
 * individual participants, `bookings.participantIds`, are already on). Inside the caller's transaction.
 */
export async function enrolRosters(manager: EntityManager, groupId: string | null, occurrences: ReadonlyArray<{ id: string; localDate: string }>, bookings: Bookings): Promise<void> {
  if (!groupId || occurrences.length === 0) return;
  const rosters = await rostersOn(manager, groupId, occurrences.map((o) => o.localDate));
  const already = new Set(bookings.participantIds);
  const rows = occurrences.flatMap((o) => (rosters.get(o.localDate) ?? []).filter((id) => !already.has(id)).map((residentId) => [o.id, residentId]));
  await insertRows(manager, 'occurrence_participants', ['occurrence_id', 'resident_id'], rows);
}

/** A roster change carried to the schedule: who, which group's meetings (null: every session), which days. */
export interface ParticipationChange {
  action: 'add' | 'remove';
  residentId: string;
  groupId: string | null;
  /** First wall date affected (the joining, leaving or discharge date). */
  fromDate: string;
  /** Why, for the audit trail: 'joinedGroup', 'leftGroup', 'discharged'. */
  reason: string;
}

/**
 * THE one place a roster change reaches occurrences: adds the resident to (or removes them from)
 * the occurrences on or after `fromDate` that have not started by `at` and hold no attendance or
 * note, each change with its audit row. Run it inside the caller's transaction (pass its manager).
 * Returns the ids of the occurrences changed.
 */
export async function syncParticipation(manager: EntityManager, change: ParticipationChange, at: string, actor: Actor | null): Promise<string[]> {
  if (change.action === 'add' && !change.groupId) return [];
  const query = manager
    .createQueryBuilder()
    .select('o.id', 'id')
    .addSelect('CASE WHEN p.resident_id IS NULL THEN 0 ELSE 1 END', 'booked')
    .from('occurrences', 'o')
    .innerJoin('sessions', 's', 's.id = o.session_id')
    .leftJoin('occurrence_participants', 'p', 'p.occurrence_id = o.id AND p.resident_id = :residentId', { residentId: change.residentId })
    .where('o.local_date >= :fromDate', { fromDate: change.fromDate })
    .andWhere('o.starts_at >= :at', { at });
  if (change.groupId) query.andWhere('s.group_id = :groupId', { groupId: change.groupId });
  const rows = await query.getRawMany<{ id: string; booked: number }>();
  const wanted = rows.filter((row) => (change.action === 'add' ? Number(row.booked) === 0 : Number(row.booked) === 1)).map((row) => row.id);
  const protectedIds = await occurrencesWithRecords(manager, wanted);
  const changed = wanted.filter((id) => !protectedIds.has(id));
  if (change.action === 'add') {
    await insertRows(manager, 'occurrence_participants', ['occurrence_id', 'resident_id'], changed.map((id) => [id, change.residentId]));
  } else {
    for (let start = 0; start < changed.length; start += 400) {
      const chunk = changed.slice(start, start + 400);
      await manager.createQueryBuilder().delete().from('occurrence_participants').where('resident_id = :residentId AND occurrence_id IN (:...chunk)', { residentId: change.residentId, chunk }).execute();
    }
  }
  for (const occurrenceId of changed) {
    await appendAudit(manager, at, {
      action: 'record.update',
      actor,
      entityType: 'occurrence',
      entityId: occurrenceId,
      residentId: change.residentId,
      details: { participant: change.action === 'add' ? 'added' : 'removed', groupId: change.groupId, reason: change.reason },
    });
  }
  return changed;
}
