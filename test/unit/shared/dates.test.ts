import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { isoDate } from '../../../shared/schemas/common';
import { addDays, firstDayOfWeek, isKnownTimeZone, formatCalendarDate, formatInstant, isRealCalendarDate, parseTypedDate, startOfDayIn, todayIn, wallTimeIn } from '../../../shared/dates';

describe('the centre’s wall clock', () => {
  test('an instant is shown on the centre’s wall clock, not the machine’s', () => {
    expect(wallTimeIn('2026-11-23T03:30:00.000Z', 'America/Toronto')).toBe('2026-11-22 22:30');
    expect(wallTimeIn('2026-11-23T03:30:00.000Z', 'Europe/Paris')).toBe('2026-11-23 04:30');
    // Summer time: Toronto is UTC-4 in July.
    expect(wallTimeIn('2026-07-01T12:00:00.000Z', 'America/Toronto')).toBe('2026-07-01 08:00');
  });

  test('"today" is the centre’s calendar day: late evening in Toronto is already tomorrow in UTC', () => {
    const lateEvening = new Date('2026-11-24T03:30:00.000Z');
    expect(todayIn('America/Toronto', lateEvening)).toBe('2026-11-23');
    expect(todayIn('UTC', lateEvening)).toBe('2026-11-24');
  });

  test('a day of the audit filters starts at the centre’s midnight, and the next day follows a month’s end', () => {
    expect(startOfDayIn('2026-12-03', 'America/Toronto')).toBe('2026-12-03T05:00:00.000Z');
    expect(startOfDayIn('2026-07-01', 'America/Toronto')).toBe('2026-07-01T04:00:00.000Z');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

test('the centre’s zone must be one the clock knows', () => {
  expect(isKnownTimeZone('America/Toronto')).toBe(true);
  expect(isKnownTimeZone('Europe/Paris')).toBe(true);
  expect(isKnownTimeZone('UTC')).toBe(true);
  expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  expect(isKnownTimeZone('')).toBe(false);
});

describe('dates shown in the interface language', () => {
  test('a calendar date reads "Dec 3, 2026" in English and "3 déc. 2026" in French', () => {
    expect(formatCalendarDate('2026-12-03', 'en')).toBe('Dec 3, 2026');
    expect(formatCalendarDate('2026-12-03', 'fr')).toBe('3 déc. 2026');
    expect(formatCalendarDate('1992-03-14', 'fr')).toBe('14 mars 1992');
    expect(formatCalendarDate(null, 'fr')).toBe('—');
  });

  test('an instant is shown in the centre’s zone and the interface language, with a 24-hour clock in French', () => {
    expect(formatInstant('2026-12-03T20:45:00.000Z', 'America/Toronto', 'en')).toBe('Dec 3, 2026 3:45 PM');
    expect(formatInstant('2026-12-03T20:45:00.000Z', 'America/Toronto', 'fr')).toBe('3 déc. 2026 15:45');
    expect(formatInstant('2026-12-04T02:30:00.000Z', 'America/Toronto', 'fr')).toBe('3 déc. 2026 21:30');
    expect(formatInstant(null, 'UTC', 'en')).toBe('—');
  });

  test('the week starts on Sunday in English and on Monday in French', () => {
    expect(firstDayOfWeek('en')).toBe(0);
    expect(firstDayOfWeek('fr')).toBe(1);
  });
});

describe('dates typed in the interface language', () => {
  test('a date typed the French way, as the field shows it, is stored as YYYY-MM-DD', () => {
    expect(parseTypedDate('3 déc. 2026', 'fr')).toBe('2026-12-03');
    expect(parseTypedDate('3 décembre 2026', 'fr')).toBe('2026-12-03');
    expect(parseTypedDate('  14   MARS 1992 ', 'fr')).toBe('1992-03-14');
    expect(parseTypedDate('1 Août 2026', 'fr')).toBe('2026-08-01');
    expect(parseTypedDate('03/12/2026', 'fr')).toBe('2026-12-03');
    expect(parseTypedDate('3/12/2026', 'fr')).toBe('2026-12-03');
  });

  test('a date typed the English way is stored as YYYY-MM-DD, month first in the numeric form', () => {
    expect(parseTypedDate('Dec 3, 2026', 'en')).toBe('2026-12-03');
    expect(parseTypedDate('december 3, 2026', 'en')).toBe('2026-12-03');
    expect(parseTypedDate('12/03/2026', 'en')).toBe('2026-12-03');
    expect(parseTypedDate('12/3/2026', 'en')).toBe('2026-12-03');
  });

  test('the ISO form is understood in both languages', () => {
    expect(parseTypedDate('2026-12-03', 'en')).toBe('2026-12-03');
    expect(parseTypedDate('2026-12-03', 'fr')).toBe('2026-12-03');
  });

  test('the same numbers mean the locale’s order: 03/12 is 3 December in French, 12 March in English', () => {
    expect(parseTypedDate('03/12/2026', 'fr')).toBe('2026-12-03');
    expect(parseTypedDate('03/12/2026', 'en')).toBe('2026-03-12');
    expect(parseTypedDate('25/12/2026', 'en')).toBeNull(); // no 25th month
  });

  test('a date of the other language is not guessed at', () => {
    expect(parseTypedDate('Dec 3, 2026', 'fr')).toBeNull();
    expect(parseTypedDate('3 déc. 2026', 'en')).toBeNull();
  });

  test('bad dates, partial dates, two-digit years and years out of range are refused', () => {
    for (const language of ['en', 'fr'] as const) {
      for (const text of ['', '   ', 'demain', '31/02/2026', '2/31/2026', '2026-02-30', '2026-13-01', '2026-1-5', '3/12/26', '2026-12', '30 févr. 2026', 'Feb 30, 2026', '1899-12-31', '2201-01-01', '2026-12-03x', '2026-12-03T10:00']) {
        expect(parseTypedDate(text, language), `${text} (${language})`).toBeNull();
      }
    }
  });

  test('whatever is typed, the answer is null or a real calendar date', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('en' as const, 'fr' as const), (text, language) => {
        const parsed = parseTypedDate(text, language);
        expect(parsed === null || isRealCalendarDate(parsed)).toBe(true);
      }),
    );
  });

  test('a shown date typed back gives the same stored date, in both languages', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom('en' as const, 'fr' as const), (date, language) => {
        const iso = date.toISOString().slice(0, 10);
        expect(parseTypedDate(formatCalendarDate(iso, language), language)).toBe(iso);
      }),
    );
  });
});

describe('the stored form of a calendar date', () => {
  /** The hand-written check this module replaced, kept as the reference its answers must match. */
  function previousCheck(value: string): boolean {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200;
  }

  test('real dates from 1900 to 2200 are accepted, impossible ones refused', () => {
    expect(isRealCalendarDate('2028-02-29')).toBe(true);
    expect(isRealCalendarDate('1900-01-01')).toBe(true);
    expect(isRealCalendarDate('2200-12-31')).toBe(true);
    expect(isRealCalendarDate('2026-02-29')).toBe(false);
    expect(isRealCalendarDate('1900-02-29')).toBe(false);
    expect(isRealCalendarDate('2026-04-31')).toBe(false);
    expect(isRealCalendarDate('1899-12-31')).toBe(false);
    expect(isRealCalendarDate('2201-01-01')).toBe(false);
    expect(isRealCalendarDate('2026-1-05')).toBe(false);
    expect(isRealCalendarDate('')).toBe(false);
  });

  property.prop([fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })])(
    'every YYYY-MM-DD string is accepted or refused exactly as before',
    (y, m, d) => {
      const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(isRealCalendarDate(value)).toBe(previousCheck(value));
      expect(isoDate.safeParse(value).success).toBe(previousCheck(value));
    },
  );

  property.prop([fc.string()])('any other text is refused by the contract’s date, with one message', (value) => {
    const result = isoDate.safeParse(value);
    expect(result.success).toBe(previousCheck(value));
    if (!result.success) expect(result.error.issues.map((issue) => issue.message)).toEqual(['validation.dateFormat']);
  });
});
