import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ScheduledOccurrence, SessionDraft } from '../../shared/contract/schedule';
import { auditRows, countRows } from '../support/db-snapshot';
import { createScheduleWorld, type ScheduleWorld } from '../support/schedule-world';
import { errorOf, startTestCore, type TestCore } from '../support/test-core';

let t: TestCore;
let w: ScheduleWorld;
beforeEach(async () => {
  t = await startTestCore(); // the clock reads Monday 2026-11-23T15:00Z
  w = await createScheduleWorld(t);
});
afterEach(() => t.dispose());

/** Weekly yoga on Wednesdays at 10:00, six times from 2 Dec (2, 9, 16, 23, 30 Dec, 6 Jan). */
const weekly = (overrides: Partial<SessionDraft> = {}) => w.draft({ recurrence: { interval: 1, weekdays: ['WE'], ends: { kind: 'afterCount', count: 6 } }, ...overrides });
/** A session's occurrences from November to January (two ranges: at most 62 days each). */
const occurrencesOf = async (sessionId: string): Promise<ScheduledOccurrence[]> => {
  const ranges = [
    { from: '2026-11-01', to: '2026-12-31' },
    { from: '2027-01-01', to: '2027-01-31' },
  ];
  const found = await Promise.all(ranges.map((range) => t.must('admin', 'schedule.range', range)));
  return found.flatMap((range) => range.occurrences).filter((o) => o.sessionId === sessionId);
};
const wall = (o: ScheduledOccurrence) => `${o.localDate} ${new Date(o.startsAt).toISOString().slice(11, 16)}Z`;

describe('editing a series', () => {
  test('a whole-series edit rewrites its future occurrences in place (same ids) and leaves exceptions as they are', async () => {
    const session = await t.must('admin', 'sessions.create', { draft: weekly() });
    const before = await occurrencesOf(session.id);
    const moved = await t.must('admin', 'occurrences.move', { occurrenceId: before[1].id, expectedVersion: 1, date: '2026-12-10', startTime: '09:00', durationMinutes: 60 });
    const cancelled = await t.must('admin', 'occurrences.cancel', { occurrenceId: before[2].id, expectedVersion: 1, reason: 'Facilitator training' });
    const updated = await t.must('admin', 'sessions.updateSeries', { sessionId: session.id, expectedVersion: 1, fromOccurrenceId: null, draft: weekly({ startTime: '11:00', locationId: w.artStudioId }) });
    expect(updated).toMatchObject({ id: session.id, version: 2, draft: { startTime: '11:00', locationId: w.artStudioId } });
    const after = await occurrencesOf(session.id);
    expect(after.map((o) => o.id).sort()).toEqual(before.map((o) => o.id).sort());
    const byId = new Map(after.map((o) => [o.id, o]));
    expect(byId.get(moved.id)).toMatchObject({ startsAt: '2026-12-10T14:00:00.000Z', location: { id: w.yogaRoomId }, isException: true, version: 2 });
    expect(byId.get(cancelled.id)).toMatchObject({ status: 'cancelled', cancelReason: 'Facilitator training', startsAt: '2026-12-16T15:00:00.000Z', isException: true });
    for (const id of [before[0].id, before[3].id, before[4].id, before[5].id]) expect(byId.get(id)).toMatchObject({ location: { id: w.artStudioId }, isException: false, version: 2 });
    expect(byId.get(before[0].id)?.startsAt).toBe('2026-12-02T16:00:00.000Z'); // 11:00 EST
    expect((await auditRows(t)).at(-1)).toMatchObject({ action: 'record.update', entity_type: 'session', entity_id: session.id, details: { rewritten: 4, created: 0, deleted: 0, kept: 2 } });
  });

  test('a series edit never touches occurrences in the past', async () => {
    const session = await t.must('admin', 'sessions.create', { draft: weekly({ startDate: '2026-11-04' }) }); // 4, 11, 18, 25 Nov, 2, 9 Dec
    const before = await occurrencesOf(session.id);
    const past = before.filter((o) => o.startsAt < '2026-11-23T15:00:00.000Z');
    expect(past).toHaveLength(3);
    await t.must('admin', 'sessions.updateSeries', { sessionId: session.id, expectedVersion: 1, fromOccurrenceId: null, draft: weekly({ startDate: '2026-11-04', startTime: '15:00', recurrence: { interval: 1, weekdays: ['TH'], ends: { kind: 'onDate', until: '2026-12-10' } } }) });
    const after = await occurrencesOf(session.id);
    for (const o of past) expect(after.find((a) => a.id === o.id)).toEqual(o);
    // The future Wednesdays are gone; the future Thursdays (26 Nov, 3 and 10 Dec) are new.
    expect(after.filter((o) => o.startsAt >= '2026-11-23T15:00:00.000Z').map(wall)).toEqual(['2026-11-26 20:00Z', '2026-12-03 20:00Z', '2026-12-10 20:00Z']);
    expect(after.filter((o) => before.some((b) => b.id === o.id))).toHaveLength(3);
  });

  test('"this and the following" splits the series: the old one ends the day before, a new one takes the rest', async () => {
    const session = await t.must('admin', 'sessions.create', { draft: weekly() });
    const before = await occurrencesOf(session.id);
    const split = await t.must('admin', 'sessions.updateSeries', {
      sessionId: session.id,
      expectedVersion: 1,
      fromOccurrenceId: before[3].id,
      draft: weekly({ startDate: '2026-12-23', startTime: '18:00', recurrence: { interval: 1, weekdays: ['WE'], ends: { kind: 'onDate', until: '2027-01-06' } } }),
    });
    expect(split).toMatchObject({ splitFromSessionId: session.id, version: 1, draft: { startDate: '2026-12-23', startTime: '18:00' } });
    expect(split.id).not.toBe(session.id);
    const old = await t.must('admin', 'sessions.get', { id: session.id });
    expect(old).toMatchObject({ version: 2, draft: { startTime: '10:00', recurrence: { ends: { kind: 'onDate', until: '2026-12-22' } } } });
    expect((await occurrencesOf(session.id)).map((o) => o.id)).toEqual(before.slice(0, 3).map((o) => o.id));
    const following = await occurrencesOf(split.id);
    // The following occurrences keep their ids, now at 18:00 in the new series.
    expect(following.map((o) => [o.id, wall(o)])).toEqual([
      [before[3].id, '2026-12-23 23:00Z'],
      [before[4].id, '2026-12-30 23:00Z'],
      [before[5].id, '2027-01-06 23:00Z'],
    ]);
    expect(await countRows(t, 'occurrences')).toBe(6);
    expect((await auditRows(t)).at(-1)).toMatchObject({ entity_id: split.id, details: { fromOccurrenceId: before[3].id, splitFromSessionId: session.id, rewritten: 3 } });
  });

  test('a series edit that would clash is refused and the series stays as it was', async () => {
    const session = await t.must('admin', 'sessions.create', { draft: weekly() });
    await t.must('admin', 'sessions.create', { draft: w.draft({ recurrence: null, startDate: '2026-12-16', startTime: '14:00', facilitatorIds: [w.felix], participantIds: [w.bruno], locationId: w.artStudioId }) });
    const before = await occurrencesOf(session.id);
    const refused = await t.call('admin', 'sessions.updateSeries', { sessionId: session.id, expectedVersion: 1, fromOccurrenceId: null, draft: weekly({ startTime: '14:00', locationId: w.artStudioId }) });
    expect(errorOf(refused)).toMatchObject({ code: 'conflict', messageKey: 'problems.scheduleClash', details: { total: 6, blocked: 1 } });
    expect(await occurrencesOf(session.id)).toEqual(before);
    expect(errorOf(await t.call('admin', 'sessions.updateSeries', { sessionId: session.id, expectedVersion: 7, fromOccurrenceId: null, draft: weekly() }))).toMatchObject({ code: 'conflict', messageKey: 'problems.staleRecord' });
  });
});

describe('one occurrence on its own', () => {
  test('an edit makes it an exception with its own place, people and time', async () => {
    const session = await t.must('admin', 'sessions.create', { draft: weekly() });
    const [first] = await occurrencesOf(session.id);
    const edited = await t.must('admin', 'occurrences.update', {
      occurrenceId: first.id,
      expectedVersion: 1,
      title: 'Gentle yoga',
      date: '2026-12-03',
      startTime: '13:00',
      durationMinutes: 45,
      locationId: w.artStudioId,
      resourceIds: [],
      facilitatorIds: [w.felix],
      participantIds: [w.bruno, w.chloe],
      capacity: 6,
    });
    expect(edited).toMatchObject({ id: first.id, version: 2, title: 'Gentle yoga', localDate: '2026-12-03', startsAt: '2026-12-03T18:00:00.000Z', endsAt: '2026-12-03T18:45:00.000Z', isException: true, capacity: 6 });
    expect(edited.facilitators.map((f) => f.id)).toEqual([w.felix]);
    expect(edited.participants.map((p) => p.name)).toEqual(['Bruno Gagnon', 'Chloé Roy']);
    expect((await auditRows(t)).at(-1)).toMatchObject({ action: 'record.update', entity_type: 'occurrence', entity_id: first.id, details: { sessionId: session.id, participants: 2 } });
  });

  test('a move changes only the time, and moving back undoes it', async () => {
    const session = await t.must('admin', 'sessions.create', { draft: weekly() });
    const [first] = await occurrencesOf(session.id);
    const moved = await t.must('admin', 'occurrences.move', { occurrenceId: first.id, expectedVersion: 1, date: '2026-12-02', startTime: '15:30', durationMinutes: 90 });
    expect(moved).toMatchObject({ startsAt: '2026-12-02T20:30:00.000Z', endsAt: '2026-12-02T22:00:00.000Z', location: first.location, participants: first.participants, isException: true });
    const back = await t.must('admin', 'occurrences.move', { occurrenceId: first.id, expectedVersion: moved.version, date: '2026-12-02', startTime: '10:00', durationMinutes: 60 });
    expect(back).toMatchObject({ startsAt: first.startsAt, endsAt: first.endsAt, version: 3 });
    expect(errorOf(await t.call('admin', 'occurrences.move', { occurrenceId: first.id, expectedVersion: 1, date: '2026-12-02', startTime: '12:00', durationMinutes: 60 }))).toMatchObject({ code: 'conflict', messageKey: 'problems.staleRecord' });
  });

  test('a cancellation keeps the occurrence with its reason; restoring brings it back', async () => {
    const session = await t.must('admin', 'sessions.create', { draft: weekly() });
    const [first] = await occurrencesOf(session.id);
    const cancelled = await t.must('admin', 'occurrences.cancel', { occurrenceId: first.id, expectedVersion: 1, reason: 'The yoga room is flooded.' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'The yoga room is flooded.', isException: true });
    expect((await auditRows(t)).at(-1)).toMatchObject({ entity_id: first.id, details: { reason: 'The yoga room is flooded.' } });
    expect((await t.must('admin', 'schedule.range', { from: '2026-12-01', to: '2026-12-07', includeCancelled: false })).occurrences).toEqual([]);
    expect(errorOf(await t.call('admin', 'occurrences.cancel', { occurrenceId: first.id, expectedVersion: 2, reason: 'Again' }))).toMatchObject({ messageKey: 'problems.occurrenceAlreadyCancelled' });
    const restored = await t.must('admin', 'occurrences.restore', { occurrenceId: first.id, expectedVersion: 2 });
    expect(restored).toMatchObject({ status: 'scheduled', cancelReason: null, version: 3 });
    expect(errorOf(await t.call('admin', 'occurrences.restore', { occurrenceId: first.id, expectedVersion: 3 }))).toMatchObject({ messageKey: 'problems.occurrenceNotCancelled' });
  });
});
