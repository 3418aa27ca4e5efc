import {
  ATTENDED_STATUSES,
  ENGAGEMENT_LEVELS,
  type AttendanceRate,
  type AttendanceStatus,
  type EngagementLevel,
  type EngagementWeek,
} from '../../../shared/contract/attendance';
import { addDays, mondayOf } from '../../../shared/dates';

// How attendance is counted, in one place (the resident page, the report and the CSV agree):
// - only marks count: an occurrence nobody took attendance for says nothing about anyone;
// - present, late and left early are ATTENDED (a late arrival still came);
// - excused is left out of the rate entirely (neither attended nor missed);
// - absent counts against: rate = attended / (attended + absent), null when that is 0;
// - the flag: CONSECUTIVE_ABSENCES_FLAG unexcused absences in a row from the same series, most
//   recent marks first, excused marks skipped (they neither break nor extend the run), any
//   attended mark ends it.

/** The rate over a set of marks. */
export function rateOf(statuses: readonly AttendanceStatus[]): AttendanceRate {
  const attended = statuses.filter((status) => ATTENDED_STATUSES.includes(status)).length;
  const partly = statuses.filter((status) => status === 'late' || status === 'leftEarly').length;
  const excused = statuses.filter((status) => status === 'excused').length;
  const absent = statuses.filter((status) => status === 'absent').length;
  return { attended, partly, excused, absent, rate: attended + absent === 0 ? null : attended / (attended + absent) };
}

/** Unexcused absences in a row at the end of `statusesInTimeOrder` (oldest first). */
export function trailingUnexcusedAbsences(statusesInTimeOrder: readonly AttendanceStatus[]): number {
  let run = 0;
  for (const status of [...statusesInTimeOrder].reverse()) {
    if (status === 'excused') continue;
    if (status !== 'absent') break;
    run += 1;
  }
  return run;
}

/** The "last four weeks" window: marks on `today` and the `days - 1` days before it. */
export function isWithinLastDays(localDate: string, today: string, days: number): boolean {
  return localDate > addDays(today, -days) && localDate <= today;
}

/** declined 0, observed 1, tookPart 2, fullyEngaged 3. */
export const ENGAGEMENT_SCORE: Record<EngagementLevel, number> = { declined: 0, observed: 1, tookPart: 2, fullyEngaged: 3 };

export function engagementCounts(levels: ReadonlyArray<EngagementLevel | null>): Record<EngagementLevel, number> {
  const counts = Object.fromEntries(ENGAGEMENT_LEVELS.map((level) => [level, 0])) as Record<EngagementLevel, number>;
  for (const level of levels) if (level) counts[level] += 1;
  return counts;
}

export function engagementAverage(counts: Record<EngagementLevel, number>): number | null {
  const total = ENGAGEMENT_LEVELS.reduce((sum, level) => sum + counts[level], 0);
  if (total === 0) return null;
  return ENGAGEMENT_LEVELS.reduce((sum, level) => sum + counts[level] * ENGAGEMENT_SCORE[level], 0) / total;
}

/** Engagement per week (Monday to Sunday) for the `weeks` weeks ending with today's, oldest first. */
export function engagementByWeek(marks: ReadonlyArray<{ localDate: string; engagement: EngagementLevel | null }>, today: string, weeks: number): EngagementWeek[] {
  const thisMonday = mondayOf(today);
  return Array.from({ length: weeks }, (_, index) => {
    const weekStart = addDays(thisMonday, -7 * (weeks - 1 - index));
    const inWeek = marks.filter((mark) => mark.localDate >= weekStart && mark.localDate < addDays(weekStart, 7));
    const counts = engagementCounts(inWeek.map((mark) => mark.engagement));
    return { weekStart, counts, average: engagementAverage(counts) };
  });
}
