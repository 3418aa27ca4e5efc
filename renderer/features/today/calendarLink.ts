/**
 * The calendar at an occurrence's day. The calendar's screen reads its day from the address
 * (`#/schedule?date=YYYY-MM-DD`): the two screens agree through the URL alone.
 */
export function calendarHref(localDate: string): string {
  return `#/schedule?date=${localDate}`;
}
