import { describe, expect, it } from 'vitest';
import type { ScheduledOccurrence } from '../../../shared/contract/schedule';
import { SCHEDULE_SEARCH_DEFAULTS, scheduleSearch } from '../../../renderer/app/routeSearch';
import { calendarEvents, calendarRows } from '../../../renderer/features/schedule/calendarEvents';
import { droppedTime, occurrenceTime } from '../../../renderer/features/schedule/occurrenceTime';
import { draftOf, newSessionValues, sessionFormSchema } from '../../../renderer/features/schedule/sessionFormValues';
import { visibleRange } from '../../../renderer/features/schedule/visibleRange';

const ROOM = { id: '01900000-0000-7000-8000-00000000a001', name: 'Barn' };
const HORSES = [
  { id: '01900000-0000-7000-8000-00000000b001', name: 'Comet', kind: 'horse' as const },
  { id: '01900000-0000-7000-8000-00000000b002', name: 'Atlas', kind: 'horse' as const },
];

function occurrence(overrides: Partial<ScheduledOccurrence> = {}): ScheduledOccurrence {
  return {
    id: '01900000-0000-7000-8000-00000000c001', sessionId: '01900000-0000-7000-8000-00000000d001', version: 1,
    activityTypeId: '01900000-0000-7000-8000-000000000004', activityName: 'Equine-assisted therapy', colour: '#9a3412', clinical: true,
    title: 'Equine-assisted therapy',
    // 18:00 in Toronto, the evening after the clocks went back (EST, UTC-5).
    startsAt: '2026-11-01T23:00:00.000Z', endsAt: '2026-11-02T00:30:00.000Z', localDate: '2026-11-01',
    location: ROOM, resources: HORSES, facilitators: [], participants: [], capacity: 6,
    status: 'scheduled', cancelReason: null, isException: false, recurring: true, capacityOverrideReason: null,
    ...overrides,
  };
}

describe('occurrences as calendar events', () => {
  it("hands the library the centre's wall clock, whatever the machine's zone", () => {
    const [event] = calendarEvents([occurrence()], 'none', 'America/Toronto');
    expect(event).toMatchObject({ start: '2026-11-01 18:00:00', end: '2026-11-01 19:30:00', color: '#9a3412', variant: 'filled' });
    expect(calendarEvents([occurrence()], 'none', 'Europe/Paris')[0].start).toBe('2026-11-02 00:00:00');
  });

  it('grouped by location, a room with one session shows one event, however many people and horses it books', () => {
    // The 106 "Yoga" buttons once seen on a filtered week grouped by location were the library's empty
    // time slots (7 days x 15 hours, each a button named "Time slot <room> <day> <time>") plus this one event.
    const busy = occurrence({ facilitators: [{ id: '01900000-0000-7000-8000-00000000e001', name: 'Faye' }, { id: '01900000-0000-7000-8000-00000000e002', name: 'Felix' }] });
    const events = calendarEvents([busy], 'location', 'America/Toronto');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: `${busy.id}:${ROOM.id}`, resourceId: ROOM.id });
    expect(calendarRows([busy], 'location')).toEqual([{ id: ROOM.id, label: ROOM.name }]);
  });

  it('gives an occurrence one event per resource row it occupies, with unique ids', () => {
    const events = calendarEvents([occurrence()], 'resource', 'America/Toronto');
    expect(events.map((event) => event.resourceId)).toEqual(HORSES.map((horse) => horse.id));
    expect(new Set(events.map((event) => event.id)).size).toBe(2);
    expect(calendarRows([occurrence()], 'resource').map((row) => row.label)).toEqual(['Atlas', 'Comet']);
  });

  it('reads back where a drag left an event, and an occurrence as its date, start and length', () => {
    expect(droppedTime('2027-01-13 11:00:00', '2027-01-13 12:30:00')).toEqual({ date: '2027-01-13', startTime: '11:00', durationMinutes: 90 });
    expect(occurrenceTime(occurrence(), 'America/Toronto')).toEqual({ date: '2026-11-01', startTime: '18:00', durationMinutes: 90 });
  });
});

describe('the range the calendar asks for', () => {
  it('is the shown day, week (from the first day of the week) or whole weeks of the month', () => {
    expect(visibleRange('day', '2027-01-13', 0)).toEqual({ from: '2027-01-13', to: '2027-01-13' });
    expect(visibleRange('week', '2027-01-13', 0)).toEqual({ from: '2027-01-10', to: '2027-01-16' });
    expect(visibleRange('week', '2027-01-13', 1)).toEqual({ from: '2027-01-11', to: '2027-01-17' });
    expect(visibleRange('month', '2027-01-13', 1)).toEqual({ from: '2026-12-28', to: '2027-01-31' });
    expect(visibleRange('month', '2027-01-13', 0)).toEqual({ from: '2026-12-27', to: '2027-02-06' });
  });
});

describe("the calendar's address", () => {
  it('opens this week as a plain calendar when it carries nothing, and drops only wrong values', () => {
    expect(scheduleSearch.parse({})).toEqual(SCHEDULE_SEARCH_DEFAULTS);
    expect(scheduleSearch.parse({ view: 'year', date: '2027-02-30', groupBy: 'location', types: ['nope'], location: ROOM.id })).toEqual({ ...SCHEDULE_SEARCH_DEFAULTS, groupBy: 'location', location: ROOM.id });
  });
});

describe('the session form', () => {
  it('makes a weekly rule of its repeat fields, and puts the rule’s problems under those fields', () => {
    const values = { ...newSessionValues('2027-01-13'), repeat: 'weekly' as const, weekdays: [], ends: 'afterCount' as const, count: 0 };
    expect(draftOf(values).recurrence).toEqual({ interval: 1, weekdays: [], ends: { kind: 'afterCount', count: 0 } });
    const result = sessionFormSchema.safeParse(values);
    const fields = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['weekdays', 'count', 'activityTypeId', 'locationId', 'facilitatorIds']));
  });

  it('starts a new weekly series on the weekday of its first date', () => {
    expect(newSessionValues('2027-01-13').weekdays).toEqual(['WE']);
  });
});
