import { addDays, monthOf, startOfWeek } from '../../../shared/dates';
import type { ScheduleView } from '../../app/routeSearch';

/**
 * The calendar days a view shows, both included: what `schedule.range` is asked for, so the
 * calendar receives only the occurrences it draws. A month is shown as whole weeks.
 */
export function visibleRange(view: ScheduleView, date: string, weekStart: 0 | 1): { from: string; to: string } {
  if (view === 'day') return { from: date, to: date };
  if (view === 'week') {
    const from = startOfWeek(date, weekStart);
    return { from, to: addDays(from, 6) };
  }
  const { first, last } = monthOf(date);
  return { from: startOfWeek(first, weekStart), to: addDays(startOfWeek(last, weekStart), 6) };
}
