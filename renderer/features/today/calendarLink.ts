/**
 * The calendar's day view at an occurrence's date. The calendar reads its view and day from the
 * address (`#/schedule?view=day&date=YYYY-MM-DD`): the two screens agree through the URL alone.
 */
export function calendarHref(localDate: string): string {
  return `#/schedule?view=day&date=${localDate}`;
}
