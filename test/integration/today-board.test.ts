import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { ADMIN_PASSWORD, admission, startTestCore, type TestCore } from '../support/test-core';

// The Today board at 10:00 in Toronto on Tuesday 24 November 2026 (15:00 UTC, EST is UTC-5).
// Hand-checked expectations: who is where is read off the sessions below.
const NOW = '2026-11-24T15:00:00.000Z';
const TODAY = '2026-11-24';

describe('the Today board', () => {
  let t: TestCore;
  const ids: Record<string, string> = {};

  async function admit(firstName: string, overrides: Partial<InputOf<'residents.admit'>> = {}) {
    const resident = await t.must('admin', 'residents.admit', admission({ firstName, lastName: 'Board', admissionDate: '2026-11-02', ...overrides }));
    ids[firstName] = resident.id;
    return resident;
  }

  async function book(title: string, date: string, startTime: string, durationMinutes: number, participants: string[], location = ids.studio, facilitator = ids.facilitator) {
    const session = await t.must('admin', 'sessions.create', {
      draft: {
        activityTypeId: ids.art,
        title,
        locationId: location,
        resourceIds: [],
        facilitatorIds: [facilitator],
        participantIds: participants.map((name) => ids[name]),
        capacity: 10,
        startDate: date,
        startTime,
        durationMinutes,
        recurrence: null,
      },
    });
    const { occurrences } = await t.must('admin', 'schedule.range', { from: date, to: date });
    const occurrence = occurrences.find((o) => o.sessionId === session.id);
    if (!occurrence) throw new Error(`no occurrence for ${title}`);
    return occurrence;
  }

  /** Moves the clock; the idle lock closes the screen meanwhile, so the administrator unlocks it again. */
  async function moveTo(instant: string) {
    t.clock.set(instant);
    await t.call('admin', 'auth.unlock', { password: ADMIN_PASSWORD });
  }

  beforeAll(async () => {
    t = await startTestCore();
    await moveTo(NOW);
    const types = await t.must('admin', 'activityTypes.list', { includeInactive: false });
    ids.art = types.find((type) => type.name === 'Art therapy')!.id;
    ids.studio = (await t.must('admin', 'locations.create', { name: 'Art studio', capacity: 10, onSite: true })).id;
    ids.yogaRoom = (await t.must('admin', 'locations.create', { name: 'Yoga room', capacity: 15, onSite: true })).id;
    ids.facilitator = (await t.must('admin', 'staff.create', { firstName: 'Fay', lastName: 'Cilitator', roles: ['facilitator'], email: '', phone: '' })).id;
    ids.colleague = (await t.must('admin', 'staff.create', { firstName: 'Cole', lastName: 'League', roles: ['facilitator'], email: '', phone: '' })).id;

    await admit('Ana', { house: 'Maple House', room: '101' });
    await admit('Ben', { house: 'Birch House', room: '201' });
    await admit('Cleo', { house: 'Maple House', room: '102' });
    await admit('Eve', { program: 'outpatient', house: '', room: '' });
    await admit('Finn', { program: 'outpatient', house: '', room: '' });
    const dan = await admit('Dan', { house: 'Cedar House', room: '301' });
    await t.must('admin', 'residents.discharge', { id: dan.id, expectedVersion: dan.version, dischargeDate: '2026-11-20', reason: 'program_completed', note: '' });

    await book('Morning painting', TODAY, '09:30', 90, ['Ana', 'Eve']); // 09:30–11:00: on now
    await book('Early clay', TODAY, '08:00', 60, ['Ben']); // over before 10:00
    const cancelled = await book('Cancelled collage', TODAY, '09:45', 60, ['Cleo'], ids.yogaRoom, ids.colleague);
    await book('Afternoon sketching', TODAY, '14:00', 60, ['Ben', 'Cleo']); // later today
    await book('Evening pottery', TODAY, '19:00', 60, ['Ana']); // Ana's next after the morning
    await book('Tomorrow printmaking', '2026-11-25', '09:30', 60, ['Finn', 'Ben']); // another day
    await t.must('admin', 'occurrences.cancel', { occurrenceId: cancelled.id, expectedVersion: cancelled.version, reason: 'The room is flooded.' });
  });
  afterAll(() => t.dispose());

  test('lists what is on now and what starts later today, leaving out what is over, cancelled or on another day', async () => {
    const board = await t.must('admin', 'schedule.today', { house: null });
    expect(board).toMatchObject({ now: NOW, date: TODAY, timeZone: 'America/Toronto' });
    expect(board.happeningNow.map((o) => o.title)).toEqual(['Morning painting']);
    expect(board.happeningNow[0]).toMatchObject({ location: { name: 'Art studio' }, facilitators: [{ name: 'Fay Cilitator' }], participants: [{ name: 'Ana Board' }, { name: 'Eve Board' }] });
    expect(board.upNext.map((o) => o.title)).toEqual(['Afternoon sketching', 'Evening pottery']);
  });

  test('says where each resident in residence is expected now and next, or free time', async () => {
    const board = await t.must('admin', 'schedule.today', { house: null });
    const row = (name: string) => board.residents.find((resident) => resident.id === ids[name]);
    expect(row('Ana')).toMatchObject({ house: 'Maple House', room: '101', now: { title: 'Morning painting', location: { name: 'Art studio' } }, next: { title: 'Evening pottery' } });
    // Ben's clay is over: free time now, sketching next.
    expect(row('Ben')).toMatchObject({ now: null, next: { title: 'Afternoon sketching', startsAt: '2026-11-24T19:00:00.000Z', location: { name: 'Art studio' } } });
    // Cleo's collage was cancelled: free time, not the cancelled room.
    expect(row('Cleo')).toMatchObject({ now: null, next: { title: 'Afternoon sketching' } });
  });

  test('leaves out discharged residents, and outpatients with no session today', async () => {
    const board = await t.must('admin', 'schedule.today', { house: null });
    // Outpatients appear on a day they have a session (they are expected on site), not otherwise.
    expect(board.residents.map((resident) => resident.name)).toEqual(['Ana Board', 'Ben Board', 'Cleo Board', 'Eve Board']);
    expect(board.residents.find((resident) => resident.id === ids.Eve)).toMatchObject({ house: null, now: { title: 'Morning painting' }, next: null });
  });

  test('filters the residents by house, and lists the houses admitted residents live in', async () => {
    const board = await t.must('admin', 'schedule.today', { house: 'Maple House' });
    expect(board.residents.map((resident) => resident.name)).toEqual(['Ana Board', 'Cleo Board']);
    // The discharged resident's house is not offered; the lists of sessions stay the whole centre's.
    expect(board.houses).toEqual(['Birch House', 'Maple House']);
    expect(board.happeningNow).toHaveLength(1);
  });

  test('moves on with the clock: at 14:30 the sketching is on and the morning is over', async () => {
    await moveTo('2026-11-24T19:30:00.000Z');
    try {
      const board = await t.must('admin', 'schedule.today', { house: null });
      expect(board.happeningNow.map((o) => o.title)).toEqual(['Afternoon sketching']);
      expect(board.residents.find((resident) => resident.id === ids.Ana)).toMatchObject({ now: null, next: { title: 'Evening pottery' } });
      expect(board.residents.find((resident) => resident.id === ids.Ben)).toMatchObject({ now: { title: 'Afternoon sketching' }, next: null });
    } finally {
      await moveTo(NOW);
    }
  });

  test('is read with a fixed number of queries, however many residents there are', async () => {
    // SQLite has one query runner: every statement of the board goes through it.
    const runner = t.core.services.dataSource.createQueryRunner() as unknown as { query: (sql: string, ...rest: unknown[]) => Promise<unknown> };
    const query = runner.query;
    const selects: string[] = [];
    runner.query = (sql: string, ...rest: unknown[]) => {
      if (/^\s*SELECT/i.test(sql)) selects.push(sql);
      return query.call(runner, sql, ...rest);
    };
    try {
      await t.must('admin', 'schedule.today', { house: null });
      const before = selects.length;
      for (let i = 0; i < 5; i += 1) await admit(`Extra${i}`, { house: 'Maple House' });
      selects.length = 0;
      const board = await t.must('admin', 'schedule.today', { house: null });
      expect(board.residents.length).toBe(9);
      expect(selects.length).toBe(before);
      // The residents are read once (and their houses once), never one query per resident.
      expect(selects.filter((sql) => sql.includes('FROM "residents"'))).toHaveLength(2);
    } finally {
      runner.query = query;
    }
  });
});

test("the board's refresh every minute does not keep an idle screen unlocked", async () => {
  const t = await startTestCore();
  try {
    const { idleLockMinutes } = await t.must('admin', 'settings.get', {});
    // A board left open on a wall: it asks every minute, nobody touches anything.
    for (let minute = 0; minute <= idleLockMinutes; minute += 1) {
      await t.call('admin', 'schedule.today', { house: null });
      t.clock.advance(60_000);
    }
    t.clock.advance(60_000);
    expect(await t.call('admin', 'schedule.today', { house: null })).toMatchObject({ ok: false, error: { messageKey: 'problems.locked' } });
  } finally {
    await t.dispose();
  }
});
