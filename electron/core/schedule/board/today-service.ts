import { Brackets, type EntityManager } from 'typeorm';
import type { ScheduledOccurrence, TodayBoard } from '../../../../shared/contract/schedule';
import { addDays, startOfDayIn, todayIn } from '../../../../shared/dates';
import { toInstant } from '../../clock';
import { ResidentEntity } from '../../residents/resident.entity';
import { readOccurrences } from '../sessions/occurrence-reads';
import { ScheduleReads } from '../sessions/schedule-reads';
import type { ScheduleDeps } from '../schedule-deps';
import { isHappeningAt, whereaboutsByResident } from './whereabouts';

/**
 * The Today board: at the core's clock, in the centre's zone, what is on now and what starts later
 * today, and where each resident in residence is expected to be. A fixed number of reads whatever
 * the number of residents: the settings, the day's occurrences through the sessions' one mapper
 * (rows, then who and what they book), the residents, the houses.
 *
 * Who is listed: admitted residents of the residential program (they live here, so "free time" is
 * meaningful for them), and admitted outpatients only on a day they take part in a session (then
 * they are expected on site; otherwise they are at home and "free time" would mislead). The house
 * filter narrows the residents' table; the Now and Next lists stay the centre's whole day.
 */
export async function readTodayBoard(deps: ScheduleDeps, input: { house: string | null }): Promise<TodayBoard> {
  const manager = deps.dataSource.manager;
  const { timeZone } = await deps.settings.get(manager);
  const now = toInstant(deps.clock.now());
  const date = todayIn(timeZone, new Date(now));
  const endOfDay = startOfDayIn(addDays(date, 1), timeZone);
  // A board left open for months still finds today's occurrences of never-ending series.
  await new ScheduleReads(deps.dataSource, deps.clock, deps.settings).materialiseThrough(date);

  const occurrences = await occurrencesLeftToday(manager, date, now, endOfDay);
  const happeningNow = occurrences.filter((occurrence) => isHappeningAt(occurrence, now));
  const upNext = occurrences.filter((occurrence) => occurrence.startsAt > now);
  const days = whereaboutsByResident(occurrences, now);

  const residents = await residentsOnSite(manager, [...days.keys()], input.house);
  return {
    now,
    date,
    timeZone,
    happeningNow,
    upNext,
    residents: residents.map((resident) => {
      const day = days.get(resident.id);
      const preferred = resident.preferredName ? ` (${resident.preferredName})` : '';
      return { id: resident.id, name: `${resident.firstName} ${resident.lastName}${preferred}`, house: resident.house, room: resident.room, now: day?.now ?? null, next: day?.next ?? null };
    }),
    houses: await housesInUse(manager),
  };
}

/**
 * Scheduled occurrences not yet over that start before the end of the centre's day, in start order
 * (the sessions' one mapper). The wall dates bound the read to yesterday and today (one that began
 * last evening may still run; none lasts longer), so the date index does the work, not years of
 * history before today.
 */
function occurrencesLeftToday(manager: EntityManager, date: string, now: string, endOfDay: string): Promise<ScheduledOccurrence[]> {
  return readOccurrences(manager, { fromDate: addDays(date, -1), toDate: date, startsBefore: endOfDay, endsAfter: now, includeCancelled: false });
}

/** Admitted residential residents, and admitted outpatients booked today (`bookedIds`), by name. */
async function residentsOnSite(manager: EntityManager, bookedIds: string[], house: string | null): Promise<ResidentEntity[]> {
  const query = manager
    .createQueryBuilder(ResidentEntity, 'r')
    .where("r.status = 'admitted'")
    .andWhere(
      new Brackets((onSite) => {
        onSite.where("r.program = 'residential'");
        if (bookedIds.length > 0) onSite.orWhere('r.id IN (:...bookedIds)', { bookedIds });
      }),
    )
    .orderBy('r.last_name')
    .addOrderBy('r.first_name')
    .addOrderBy('r.id');
  if (house !== null) query.andWhere('r.house = :house', { house });
  return query.getMany();
}

/** The houses admitted residents live in, for the filter. */
async function housesInUse(manager: EntityManager): Promise<string[]> {
  const rows = await manager
    .createQueryBuilder(ResidentEntity, 'r')
    .select('DISTINCT r.house', 'house')
    .where("r.status = 'admitted'")
    .andWhere('r.house IS NOT NULL')
    .orderBy('r.house')
    .getRawMany<{ house: string }>();
  return rows.map((row) => row.house);
}
