import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

// The one date module of Hearth, on dayjs (no hand-written calendar arithmetic, no Intl date code).
// - Calendar dates (birth, admission, discharge) are `YYYY-MM-DD` strings in forms, over IPC and in
//   the database; they have no time zone and are parsed and formatted in UTC so the machine's zone
//   can never move them by a day.
// - Instants are UTC ISO strings; what "today" is and what time a row shows are computed in the
//   centre's IANA zone (a setting the session carries), never in the machine's.
// - People read and type dates in the interface language (en, fr). Typing accepts, strictly:
//     * the form shown in the field, `ll`: "Dec 3, 2026" / "3 déc. 2026" (month names in any case),
//     * the long form `LL`: "December 3, 2026" / "3 décembre 2026",
//     * the locale's numeric form `L`, day and month with one or two digits, four-digit year:
//       en "12/03/2026" or "12/3/2026" (month first), fr "03/12/2026" or "3/12/2026" (day first),
//     * ISO "2026-12-03", the same in every language.
//   A two-digit year is refused: which century it means is a guess.
// Plain module: imported by the core (Node) and the renderer, so no Node and no DOM here.

dayjs.extend(customParseFormat);
dayjs.extend(localizedFormat);
dayjs.extend(utc);
dayjs.extend(timezone);

export { dayjs };

export const DATE_LANGUAGES = ['en', 'fr'] as const;
export type DateLanguage = (typeof DATE_LANGUAGES)[number];

export const ISO_DATE_FORMAT = 'YYYY-MM-DD';
/** How a calendar date is shown, in fields and lists: "Dec 3, 2026" / "3 déc. 2026". */
export const DISPLAY_DATE_FORMAT = 'll';
/** How an instant is shown: "Dec 3, 2026 3:45 PM" / "3 déc. 2026 15:45". */
const DISPLAY_INSTANT_FORMAT = 'lll';

const YEAR_RANGE = { min: 1900, max: 2200 };

/** The dayjs locale for an interface language (i18next's `en-CA` or `fr-FR` count as their language). */
export function dateLanguageOf(language: string | undefined): DateLanguage {
  return language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** 0 = Sunday (English-speaking Canada and the US), 1 = Monday (French), from the dayjs locale. */
export function firstDayOfWeek(language: DateLanguage): 0 | 1 {
  return (dayjs.Ls[language]?.weekStart ?? 0) === 1 ? 1 : 0;
}

/** A real calendar date written `YYYY-MM-DD`, between 1900 and 2200 (a strict dayjs parse: 2026-02-30 is not one). */
export function isRealCalendarDate(value: string): boolean {
  const date = dayjs.utc(value, ISO_DATE_FORMAT, true);
  return date.isValid() && date.year() >= YEAR_RANGE.min && date.year() <= YEAR_RANGE.max;
}

const TYPED_FORMATS: Record<DateLanguage, readonly string[]> = {
  en: ['ll', 'LL', 'MM/DD/YYYY', 'M/D/YYYY', 'MM/D/YYYY', 'M/DD/YYYY', ISO_DATE_FORMAT],
  fr: ['ll', 'LL', 'DD/MM/YYYY', 'D/M/YYYY', 'DD/M/YYYY', 'D/MM/YYYY', ISO_DATE_FORMAT],
};

/**
 * What a person typed in a date field, as `YYYY-MM-DD`, or null when it is not a real date in one
 * of the accepted forms of `language` (see the top of this file).
 */
export function parseTypedDate(text: string, language: DateLanguage): string | null {
  const typed = withLocaleMonthNames(text.trim().replace(/\s+/g, ' '), language);
  if (typed === '') return null;
  for (const format of TYPED_FORMATS[language]) {
    // Local parse (dayjs.utc takes no locale); only the calendar day is read back, which no zone moves.
    const date = dayjs(typed, format, language, true);
    if (date.isValid()) {
      const iso = date.format(ISO_DATE_FORMAT);
      return isRealCalendarDate(iso) ? iso : null;
    }
  }
  return null;
}

/**
 * dayjs matches month names exactly; people type "Déc.", "DEC" or "décembre" in any case. A word
 * that is a month name of the locale in another case is written the locale's way.
 */
function withLocaleMonthNames(text: string, language: DateLanguage): string {
  const locale = dayjs.Ls[language];
  const names = [...(locale.months ?? []), ...(locale.monthsShort ?? [])];
  return text.replace(/[^\s\d,/-]+/g, (word) => names.find((name) => name.toLocaleLowerCase(language) === word.toLocaleLowerCase(language)) ?? word);
}

/** A stored `YYYY-MM-DD` date as people read it: "Dec 3, 2026" / "3 déc. 2026"; "—" when there is none. */
export function formatCalendarDate(value: string | null | undefined, language: DateLanguage): string {
  if (!value) return '—';
  const date = dayjs.utc(value, ISO_DATE_FORMAT, true);
  return date.isValid() ? date.locale(language).format(DISPLAY_DATE_FORMAT) : value;
}

/** An instant on the wall clock of `timeZone`, as people read it: "Dec 3, 2026 3:45 PM" / "3 déc. 2026 15:45". */
export function formatInstant(instant: string | null | undefined, timeZone: string, language: DateLanguage): string {
  if (!instant) return '—';
  return dayjs(instant).tz(timeZone).locale(language).format(DISPLAY_INSTANT_FORMAT);
}

/** An instant's time of day on the wall clock of `timeZone`: "2:30 PM" / "14:30". */
export function formatTimeOfDay(instant: string, timeZone: string, language: DateLanguage): string {
  return dayjs(instant).tz(timeZone).locale(language).format('LT');
}

/** A calendar date with its weekday, as a day heading: "Thursday, Dec 3" / "jeudi 3 déc.". */
export function formatDayHeading(date: string, language: DateLanguage): string {
  return dayjs.utc(date, ISO_DATE_FORMAT, true).locale(language).format(language === 'fr' ? 'dddd D MMM' : 'dddd, MMM D');
}

/** The first day of the week holding `date`, the week starting on `weekStart` (0 Sunday, 1 Monday). */
export function startOfWeek(date: string, weekStart: 0 | 1): string {
  const day = dayjs.utc(date, ISO_DATE_FORMAT, true);
  return day.subtract((day.day() - weekStart + 7) % 7, 'day').format(ISO_DATE_FORMAT);
}

/**
 * A booking's time on the wall clock of `timeZone`: "Mon, Dec 7, 2026 2:00 PM – 3:00 PM" /
 * "lun. 7 déc. 2026 14:00 – 15:00" (the end's date is shown only when it is another day).
 */
export function formatTimeRange(startsAt: string, endsAt: string, timeZone: string, language: DateLanguage): string {
  const start = dayjs(startsAt).tz(timeZone).locale(language);
  const end = dayjs(endsAt).tz(timeZone).locale(language);
  const sameDay = start.format(ISO_DATE_FORMAT) === end.format(ISO_DATE_FORMAT);
  return `${start.format('ddd ll LT')} – ${sameDay ? end.format('LT') : end.format('ddd ll LT')}`;
}

/** Today's calendar date in `timeZone`, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dayjs(now).tz(timeZone).format(ISO_DATE_FORMAT);
}

/** An instant as 'YYYY-MM-DD HH:mm' on the wall clock of `timeZone`: language-neutral, for files (the audit CSV). */
export function wallTimeIn(instant: string, timeZone: string): string {
  return dayjs(instant).tz(timeZone).format('YYYY-MM-DD HH:mm');
}

/** The first instant of a calendar day in `timeZone`, as a UTC ISO string (a day's range in the audit filters). */
export function startOfDayIn(date: string, timeZone: string): string {
  return dayjs.tz(`${date}T00:00:00`, timeZone).toISOString();
}

/** A wall-clock time `HH:mm` as people read it: "2:30 PM" / "14:30" (paper rosters). */
export function formatWallClock(time: string, language: DateLanguage): string {
  return dayjs.utc(`2000-01-01T${time}`, 'YYYY-MM-DDTHH:mm', true).locale(language).format('LT');
}

/** A calendar date with its weekday: "Wednesday, Dec 9, 2026" / "mercredi 9 déc. 2026" (paper rosters). */
export function formatDayWithWeekday(date: string, language: DateLanguage): string {
  const day = dayjs.utc(date, ISO_DATE_FORMAT, true).locale(language);
  return `${day.format('dddd')}${language === 'en' ? ',' : ''} ${day.format(DISPLAY_DATE_FORMAT)}`;
}

/** The calendar date `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return dayjs.utc(date, ISO_DATE_FORMAT, true).add(days, 'day').format(ISO_DATE_FORMAT);
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return dayjs.utc(to, ISO_DATE_FORMAT, true).diff(dayjs.utc(from, ISO_DATE_FORMAT, true), 'day');
}

/** An IANA zone name this runtime knows ("America/Toronto"); dayjs refuses any other. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    return dayjs().tz(zone).isValid();
  } catch {
    return false;
  }
}

/** The zone this machine is set to: only before sign-in, when no centre zone is known yet. */
export function machineTimeZone(): string {
  return dayjs.tz.guess();
}

/** The weekday's name in the interface language, 0 = Sunday as dayjs's `day()`: "Sunday" / "dimanche". */
export function weekdayName(day: number, language: DateLanguage): string {
  // 2026-11-29 is a Sunday: a fixed calendar date, so the machine's zone plays no part.
  return dayjs.utc('2026-11-29', ISO_DATE_FORMAT, true).add(day, 'day').locale(language).format('dddd');
}

// ---- The schedule's wall clock ---------------------------------------------------------------
// The calendar library has no time-zone prop: it reads 'YYYY-MM-DD HH:mm:ss' strings as wall
// times. Instants are turned into the centre's wall clock here, whatever the machine's zone.

/** The library's date-time format: a wall time with no zone. */
export const WALL_DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm:ss';

/** An instant as a wall date-time of `timeZone`: 'YYYY-MM-DD HH:mm:ss'. */
export function wallDateTimeIn(instant: string, timeZone: string): string {
  return dayjs(instant).tz(timeZone).format(WALL_DATE_TIME_FORMAT);
}

/** An instant's wall time of day in `timeZone`, 'HH:mm' (a form's start time). */
export function wallClockIn(instant: string, timeZone: string): string {
  return dayjs(instant).tz(timeZone).format('HH:mm');
}

/** A wall date-time 'YYYY-MM-DD HH:mm:ss' split into its date and its 'HH:mm'. */
export function splitWallDateTime(value: string): { date: string; time: string } {
  const parsed = dayjs.utc(value, WALL_DATE_TIME_FORMAT, true);
  return { date: parsed.format(ISO_DATE_FORMAT), time: parsed.format('HH:mm') };
}

/** Minutes from one wall date-time to another as the clock reads them (a dragged event's length). */
export function wallMinutesBetween(start: string, end: string): number {
  return dayjs.utc(end, WALL_DATE_TIME_FORMAT, true).diff(dayjs.utc(start, WALL_DATE_TIME_FORMAT, true), 'minute');
}

/** The first and last day of `date`'s month. */
export function monthOf(date: string): { first: string; last: string } {
  const day = dayjs.utc(date, ISO_DATE_FORMAT, true);
  return { first: day.startOf('month').format(ISO_DATE_FORMAT), last: day.endOf('month').format(ISO_DATE_FORMAT) };
}

/** A wall time on the centre's clock, `YYYY-MM-DDTHH:mm` (no zone: the zone goes beside it). */
export const WALL_TIME_FORMAT = 'YYYY-MM-DDTHH:mm';

/**
 * The UTC instant (ISO) at which the wall clock of `timeZone` shows `wall` (`YYYY-MM-DDTHH:mm`),
 * as RFC 5545 §3.3.5 reads a local time:
 * - a time that does not exist (the spring-forward gap) is taken with the offset from BEFORE the
 *   gap, so 02:30 on 14 Mar 2027 in America/Toronto is 07:30Z, which the clock shows as 03:30 EDT
 *   (dayjs's tz parse already does this);
 * - a time that occurs twice (the fall-back hour) is the FIRST occurrence, so 01:30 on 1 Nov 2026
 *   is 05:30Z (EDT). dayjs's tz parse gives the second one (06:30Z, EST): when the instant one hour
 *   earlier shows the same wall time, that earlier instant is the first occurrence.
 * Computed from instants only, so the machine's zone plays no part.
 */
export function wallTimeToInstant(wall: string, timeZone: string): string {
  const parsed = dayjs.tz(`${wall}:00`, timeZone).valueOf();
  const hourEarlier = parsed - 60 * 60 * 1000;
  const first = dayjs(hourEarlier).tz(timeZone).format(WALL_TIME_FORMAT) === wall ? hourEarlier : parsed;
  return new Date(first).toISOString();
}

/** The wall time `YYYY-MM-DDTHH:mm` that the clock of `timeZone` shows at `instant`. */
export function instantToWallTime(instant: string, timeZone: string): string {
  return dayjs(instant).tz(timeZone).format(WALL_TIME_FORMAT);
}

/** The instant `minutes` after `instant` (elapsed time: a 60-minute session lasts 60 minutes across a clock change). */
export function addMinutesToInstant(instant: string, minutes: number): string {
  return new Date(new Date(instant).getTime() + minutes * 60 * 1000).toISOString();
}

/** Minutes elapsed from `from` to `to` (both instants). */
export function minutesBetween(from: string, to: string): number {
  return Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60000);
}

/** The weekday of a calendar date, 0 = Sunday … 6 = Saturday (as dayjs's `day()`). */
export function weekdayOf(date: string): number {
  return dayjs.utc(date, ISO_DATE_FORMAT, true).day();
}

/** The first day of the week holding `date`, for a week starting on `weekStartsOn` (0 = Sunday, 1 = Monday). */
export function weekStartOf(date: string, weekStartsOn: number): string {
  return addDays(date, -((weekdayOf(date) - weekStartsOn + 7) % 7));
}

/**
 * A wall time as a Date whose UTC fields are that wall time ("floating" in RFC 5545 terms): the
 * form the recurrence library computes in, whatever the machine's zone. Never an instant.
 */
export function wallTimeAsFloatingDate(wall: string): Date {
  return dayjs.utc(wall, WALL_TIME_FORMAT, true).toDate();
}

/** The wall time `YYYY-MM-DDTHH:mm` a floating Date stands for (its UTC fields). */
export function floatingDateToWallTime(date: Date): string {
  return dayjs.utc(date).format(WALL_TIME_FORMAT);
}

/** The Monday of the week `date` is in (weeks run Monday to Sunday, as in ISO 8601), `YYYY-MM-DD`. */
export function mondayOf(date: string): string {
  const day = dayjs.utc(date, ISO_DATE_FORMAT, true);
  return day.subtract((day.day() + 6) % 7, 'day').format(ISO_DATE_FORMAT);
}
