import { RRule, Weekday, type Options } from 'rrule';
import { WEEKDAY_CODES, type Recurrence, type WeekdayCode } from '../../../../shared/contract/schedule';
import { addDays, floatingDateToWallTime, wallTimeAsFloatingDate } from '../../../../shared/dates';

// Recurrence expansion on `rrule`, in FLOATING mode only. rrule's TZID support converts through
// the machine's zone (its documented pitfall), so it is never used: the rule and its DTSTART are
// the centre's wall time written as the UTC fields of a Date, rrule expands wall times, and each
// wall time becomes an instant in the session's IANA zone afterwards (shared/dates.ts
// wallTimeToInstant, which applies RFC 5545's reading of gaps and repeated hours). A weekly 18:00
// therefore stays 18:00 on the wall across daylight-saving changes, whatever the machine's zone.

/** At most this many occurrences are materialised at once (a 520-count series is ten years of weeks). */
export const MAX_SLOTS = 520;

const RRULE_WEEKDAYS: Record<WeekdayCode, Weekday> = { MO: RRule.MO, TU: RRule.TU, WE: RRule.WE, TH: RRule.TH, FR: RRule.FR, SA: RRule.SA, SU: RRule.SU };

/**
 * The stored rule, `RRULE:FREQ=WEEKLY;…`, in wall time without a zone (no trailing Z on UNTIL:
 * the session's time_zone says which wall). "Until a date" includes that whole day. Weeks start
 * on Monday (WKST=MO) so "every two weeks" picks the same weeks on every machine.
 */
export function ruleOf(recurrence: Recurrence | null): string | null {
  if (!recurrence) return null;
  const options: Partial<Options> = {
    freq: RRule.WEEKLY,
    interval: recurrence.interval,
    wkst: RRule.MO,
    byweekday: WEEKDAY_CODES.filter((code) => recurrence.weekdays.includes(code)).map((code) => RRULE_WEEKDAYS[code]),
  };
  if (recurrence.ends.kind === 'onDate') options.until = wallTimeAsFloatingDate(`${recurrence.ends.until}T23:59`);
  if (recurrence.ends.kind === 'afterCount') options.count = recurrence.ends.count;
  return floatingRuleText(options);
}

/** rrule writes a floating UNTIL as UTC (`…Z`); the stored rule is wall time, so the Z goes. */
function floatingRuleText(options: Partial<Options>): string {
  return new RRule(options).toString().replace(/(UNTIL=\d{8}T\d{6})Z/, '$1');
}

/** The stored rule read back as the session form holds it. */
export function recurrenceOf(rule: string): Recurrence {
  const options = RRule.parseString(rule);
  const days = (Array.isArray(options.byweekday) ? options.byweekday : options.byweekday == null ? [] : [options.byweekday]).map((day) =>
    typeof day === 'number' ? WEEKDAY_CODES[day] : (day.toString() as WeekdayCode),
  );
  const ends: Recurrence['ends'] = options.until
    ? { kind: 'onDate', until: floatingDateToWallTime(options.until).slice(0, 10) }
    : options.count
      ? { kind: 'afterCount', count: options.count }
      : { kind: 'never' };
  return { interval: options.interval ?? 1, weekdays: WEEKDAY_CODES.filter((code) => days.includes(code)), ends };
}

/**
 * The rule cut so its last slot is the day before `date`: the old half of a "this and following"
 * split. A weekly rule has one slot a day at one time, so "just before the slot" is the end of the
 * previous day (and the session form then reads the cut as "until that day", which it is).
 */
export function ruleEndingBefore(rule: string, date: string): string {
  const options = RRule.parseString(rule);
  delete options.count;
  options.until = wallTimeAsFloatingDate(`${addDays(date, -1)}T23:59`);
  return floatingRuleText(options);
}

/**
 * DTSTART anchors the series; as in rrule (and python-dateutil), a start on a day the rule does not
 * name is not itself a slot: the series begins on the first named day from it.
 *
 * The slots (wall times `YYYY-MM-DDTHH:mm`) of a session from `fromDate` to `toDate`, both
 * included, at most `max`. A single session (no rule) has one slot, its start.
 */
export function expandSlots(startLocal: string, rule: string | null, fromDate: string, toDate: string, max = MAX_SLOTS): string[] {
  if (!rule) return startLocal.slice(0, 10) >= fromDate && startLocal.slice(0, 10) <= toDate ? [startLocal] : [];
  const options = RRule.parseString(rule);
  const rrule = new RRule({ ...options, dtstart: wallTimeAsFloatingDate(startLocal) });
  const slots: string[] = [];
  rrule.between(wallTimeAsFloatingDate(`${fromDate}T00:00`), wallTimeAsFloatingDate(`${toDate}T23:59`), true, (date) => {
    slots.push(floatingDateToWallTime(date));
    return slots.length < max;
  });
  return slots;
}

/** The last day a series can have a slot on, or null when it never ends. */
export function lastSlotDate(startLocal: string, rule: string | null): string | null {
  if (!rule) return startLocal.slice(0, 10);
  const options = RRule.parseString(rule);
  if (options.until) return floatingDateToWallTime(options.until).slice(0, 10);
  if (options.count) {
    const all = new RRule({ ...options, dtstart: wallTimeAsFloatingDate(startLocal) }).all();
    const last = all.at(-1);
    return last ? floatingDateToWallTime(last).slice(0, 10) : startLocal.slice(0, 10);
  }
  return null;
}

/** The rule as the contract shows it: RFC 5545 text with its DTSTART in the session's zone. */
export function ruleWithStart(startLocal: string, timeZone: string, rule: string | null): string | null {
  if (!rule) return null;
  return `DTSTART;TZID=${timeZone}:${startLocal.replace(/[-:]/g, '')}00\n${rule}`;
}
