// Wall-clock time at the centre. Instants are stored in UTC and calendar dates as YYYY-MM-DD; what
// "today" is and what time a row shows are computed in the centre's IANA time zone (a setting),
// never in the machine's, so a laptop set to another zone still agrees with the building.

/** Today's calendar date in `timeZone`, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** An instant as 'YYYY-MM-DD HH:mm' on the wall clock of `timeZone`. */
export function wallTimeIn(instant: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
