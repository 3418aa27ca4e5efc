import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { expandSlots, recurrenceOf, ruleEndingBefore, ruleOf, ruleWithStart } from '../../../electron/core/schedule/sessions/recurrence';
import { timingOfSlot } from '../../../electron/core/schedule/sessions/occurrence-timing';
import { WEEKDAY_CODES, type Recurrence } from '../../../shared/contract/schedule';
import { instantToWallTime, wallTimeToInstant } from '../../../shared/dates';

const TORONTO = 'America/Toronto';
const MACHINE_ZONES = ['UTC', 'Europe/Paris', 'Asia/Kolkata', 'America/Vancouver'];
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const weekly = (weekdays: Recurrence['weekdays'], ends: Recurrence['ends'], interval = 1): Recurrence => ({ interval, weekdays, ends });

/** Instants of every slot of a session in Toronto, as the core materialises them. */
function instants(startLocal: string, recurrence: Recurrence | null, from: string, to: string): string[] {
  return expandSlots(startLocal, ruleOf(recurrence), from, to).map((slot) => timingOfSlot(slot, TORONTO, 60).startsAt);
}

describe('recurring sessions keep their wall time in the centre’s zone', () => {
  it('a weekly 18:00 session stays at 18:00 local across 1 Nov 2026 and 14 Mar 2027, its UTC instants changing offset', () => {
    const starts = instants('2026-10-25T18:00', weekly(['SU'], { kind: 'never' }), '2026-10-25', '2027-03-21');
    expect(starts[0]).toBe('2026-10-25T22:00:00.000Z'); // EDT, UTC−4
    expect(starts[1]).toBe('2026-11-01T23:00:00.000Z'); // EST from 1 Nov, UTC−5
    expect(starts.at(-2)).toBe('2027-03-14T22:00:00.000Z'); // EDT again from 14 Mar
    expect(starts.at(-1)).toBe('2027-03-21T22:00:00.000Z');
    expect(new Set(starts.map((instant) => instantToWallTime(instant, TORONTO).slice(11)))).toEqual(new Set(['18:00']));
    expect(starts).toHaveLength(22);
  });

  it('a session at 02:30 on the spring-forward night is placed at 03:30 EDT (RFC 5545 §3.3.5: a time in the gap takes the offset before it)', () => {
    // 02:30 does not exist on 14 Mar 2027 in Toronto (02:00 EST jumps to 03:00 EDT). RFC 5545
    // reads a non-existent local time with the UTC offset in force before the gap (EST, −5):
    // 02:30 EST = 07:30Z, which the wall clock shows as 03:30 EDT.
    const [start] = instants('2027-03-14T02:30', null, '2027-03-14', '2027-03-14');
    expect(start).toBe('2027-03-14T07:30:00.000Z');
    expect(instantToWallTime(start, TORONTO)).toBe('2027-03-14T03:30');
  });

  it('01:30 on the fall-back night is the first 01:30 (still daylight time)', () => {
    // 01:30 happens twice on 1 Nov 2026: at 05:30Z (EDT) and at 06:30Z (EST). RFC 5545: the first.
    expect(wallTimeToInstant('2026-11-01T01:30', TORONTO)).toBe('2026-11-01T05:30:00.000Z');
    expect(wallTimeToInstant('2026-11-01T00:59', TORONTO)).toBe('2026-11-01T04:59:00.000Z');
    expect(wallTimeToInstant('2026-11-01T02:00', TORONTO)).toBe('2026-11-01T07:00:00.000Z');
  });

  it('every two weeks takes every other week from the start', () => {
    const slots = expandSlots('2026-12-02T10:00', ruleOf(weekly(['WE'], { kind: 'never' }, 2)), '2026-12-01', '2027-01-31');
    expect(slots).toEqual(['2026-12-02T10:00', '2026-12-16T10:00', '2026-12-30T10:00', '2027-01-13T10:00', '2027-01-27T10:00']);
  });

  it('a series until a date includes that date', () => {
    const rule = ruleOf(weekly(['MO', 'TH'], { kind: 'onDate', until: '2026-12-17' }));
    expect(rule).toBe('RRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,TH;UNTIL=20261217T235900');
    expect(expandSlots('2026-12-07T09:00', rule, '2026-12-01', '2027-12-31')).toEqual(['2026-12-07T09:00', '2026-12-10T09:00', '2026-12-14T09:00', '2026-12-17T09:00']);
  });

  it('a series after a count has that many occurrences', () => {
    const slots = expandSlots('2026-12-02T10:00', ruleOf(weekly(['WE', 'FR'], { kind: 'afterCount', count: 5 })), '2026-01-01', '2030-01-01');
    expect(slots).toEqual(['2026-12-02T10:00', '2026-12-04T10:00', '2026-12-09T10:00', '2026-12-11T10:00', '2026-12-16T10:00']);
  });

  it('the rule reads back as the form holds it, and the contract shows it with its DTSTART in the zone', () => {
    const recurrence = weekly(['FR', 'MO'], { kind: 'onDate', until: '2027-06-30' }, 2);
    const rule = ruleOf(recurrence);
    expect(recurrenceOf(rule ?? '')).toEqual({ ...recurrence, weekdays: ['MO', 'FR'] });
    expect(recurrenceOf(ruleOf(weekly(['SU'], { kind: 'afterCount', count: 3 })) ?? '')).toEqual(weekly(['SU'], { kind: 'afterCount', count: 3 }));
    expect(recurrenceOf(ruleOf(weekly(['SU'], { kind: 'never' })) ?? '')).toEqual(weekly(['SU'], { kind: 'never' }));
    expect(ruleWithStart('2026-12-04T18:00', TORONTO, rule)).toBe(`DTSTART;TZID=America/Toronto:20261204T180000\n${rule}`);
  });

  it('cutting a series before a slot keeps every earlier slot and none from that day on', () => {
    const rule = ruleOf(weekly(['WE'], { kind: 'afterCount', count: 10 })) ?? '';
    const cut = ruleEndingBefore(rule, '2026-12-16');
    expect(expandSlots('2026-12-02T10:00', cut, '2026-01-01', '2030-01-01')).toEqual(['2026-12-02T10:00', '2026-12-09T10:00']);
    expect(recurrenceOf(cut).ends).toEqual({ kind: 'onDate', until: '2026-12-15' });
  });

  it('gives the same instants whatever zone the machine is set to', () => {
    const cases = () => [
      instants('2026-10-25T18:00', weekly(['SU', 'WE'], { kind: 'never' }), '2026-10-01', '2027-04-30'),
      instants('2027-03-07T02:30', weekly(['SU'], { kind: 'afterCount', count: 3 }), '2027-01-01', '2027-12-31'),
      instants('2026-10-25T01:30', weekly(['SU'], { kind: 'onDate', until: '2026-11-08' }), '2026-01-01', '2027-12-31'),
      instants('2026-12-02T10:00', weekly(['WE'], { kind: 'never' }, 2), '2026-12-01', '2027-12-31'),
    ];
    const results = MACHINE_ZONES.map((zone) => {
      process.env.TZ = zone;
      return cases();
    });
    expect(new Date('2026-07-01T12:00:00Z').getHours()).toBe(5); // the last zone is really in force (Vancouver, UTC−7)
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0][1]).toEqual(['2027-03-07T07:30:00.000Z', '2027-03-14T07:30:00.000Z', '2027-03-21T06:30:00.000Z']);
    expect(results[0][2]).toEqual(['2026-10-25T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-08T06:30:00.000Z']);
  });

  it('every occurrence shows the rule’s wall time in the zone, except a time in the spring-forward gap', () => {
    const day = fc.integer({ min: 0, max: 5 * 365 });
    const time = fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.constantFrom(0, 15, 30, 45) });
    const zone = fc.constantFrom(TORONTO, 'Europe/Paris', 'America/Vancouver', 'Australia/Sydney');
    const weekdays = fc.uniqueArray(fc.constantFrom(...WEEKDAY_CODES), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(day, time, zone, weekdays, fc.integer({ min: 1, max: 4 }), (offset, { hour, minute }, timeZone, days, interval) => {
        const startDate = new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
        const wall = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const slots = expandSlots(`${startDate}T${wall}`, ruleOf(weekly(days, { kind: 'afterCount', count: 30 }, interval)), '2020-01-01', '2040-01-01');
        expect(slots).toHaveLength(30);
        for (const slot of slots) {
          const shown = instantToWallTime(timingOfSlot(slot, timeZone, 60).startsAt, timeZone);
          if (shown !== slot) {
            // Only a time that does not exist on that day may move, and then one hour (or the zone's gap) later.
            expect(wallTimeToInstant(shown, timeZone)).toBe(wallTimeToInstant(slot, timeZone));
            expect(shown > slot).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
