import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { auditRows, countRows } from '../support/db-snapshot';
import { createScheduleWorld, type ScheduleWorld } from '../support/schedule-world';
import { errorOf, startTestCore, type TestCore } from '../support/test-core';

let t: TestCore;
let w: ScheduleWorld;
beforeEach(async () => {
  t = await startTestCore(); // the clock reads 2026-11-23T15:00Z
  w = await createScheduleWorld(t);
});
afterEach(() => t.dispose());

describe('creating a session', () => {
  test('a weekly series is saved with its occurrences, each with stable ids, UTC instants and the names it books', async () => {
    const session = await t.must('admin', 'sessions.create', { draft: w.draft({ title: 'Morning yoga', resourceIds: [w.horseId], participantIds: [w.eloise, w.bruno] }) });
    expect(session).toMatchObject({ version: 1, timeZone: 'America/Toronto', splitFromSessionId: null, capacityOverrideReason: null });
    expect(session.rule).toBe('DTSTART;TZID=America/Toronto:20261202T100000\nRRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=WE;COUNT=4');
    expect(session.draft.recurrence).toEqual({ interval: 1, weekdays: ['WE'], ends: { kind: 'afterCount', count: 4 } });
    const { occurrences, timeZone } = await t.must('admin', 'schedule.range', { from: '2026-11-30', to: '2026-12-31' });
    expect(timeZone).toBe('America/Toronto');
    expect(occurrences.map((o) => [o.localDate, o.startsAt, o.endsAt])).toEqual([
      ['2026-12-02', '2026-12-02T15:00:00.000Z', '2026-12-02T16:00:00.000Z'],
      ['2026-12-09', '2026-12-09T15:00:00.000Z', '2026-12-09T16:00:00.000Z'],
      ['2026-12-16', '2026-12-16T15:00:00.000Z', '2026-12-16T16:00:00.000Z'],
      ['2026-12-23', '2026-12-23T15:00:00.000Z', '2026-12-23T16:00:00.000Z'],
    ]);
    expect(occurrences[0]).toMatchObject({
      sessionId: session.id,
      version: 1,
      title: 'Morning yoga',
      activityName: 'Yoga',
      colour: '#087f5b',
      clinical: false,
      location: { id: w.yogaRoomId, name: 'Yoga room' },
      resources: [{ id: w.horseId, name: 'Biscuit', kind: 'horse' }],
      facilitators: [{ id: w.fiona, name: 'Fiona Facilitator' }],
      participants: [
        { id: w.bruno, name: 'Bruno Gagnon' },
        { id: w.eloise, name: 'Éloïse Tremblay' },
      ],
      capacity: 4,
      status: 'scheduled',
      isException: false,
      recurring: true,
    });
    expect(await t.must('admin', 'occurrences.get', { id: occurrences[2].id })).toEqual(occurrences[2]);
    expect(await t.must('admin', 'sessions.get', { id: session.id })).toEqual(session);
    expect((await auditRows(t)).at(-1)).toMatchObject({ action: 'record.create', entity_type: 'session', entity_id: session.id, details: { occurrences: 4 } });
  });

  test('a single session has one occurrence and no rule', async () => {
    const session = await t.must('admin', 'sessions.create', { draft: w.draft({ recurrence: null, startDate: '2026-12-05', startTime: '14:30', durationMinutes: 90 }) });
    expect(session.rule).toBeNull();
    const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-12-01', to: '2026-12-31' });
    expect(occurrences).toHaveLength(1);
    expect(occurrences[0]).toMatchObject({ startsAt: '2026-12-05T19:30:00.000Z', endsAt: '2026-12-05T21:00:00.000Z', recurring: false });
  });

  test('a never-ending series exists up to the horizon setting and grows when someone looks further ahead', async () => {
    const session = await t.must('admin', 'sessions.create', { draft: w.draft({ recurrence: { interval: 1, weekdays: ['WE'], ends: { kind: 'never' } } }) });
    // It starts after today (2026-11-23), so 26 weeks from its first day: 2026-12-02 to 2027-06-02.
    expect(await countRows(t, 'occurrences', 'session_id = ?', [session.id])).toBe(27);
    const auditBefore = (await auditRows(t)).length;
    const { occurrences } = await t.must('admin', 'schedule.range', { from: '2027-08-01', to: '2027-08-31' });
    expect(occurrences.map((o) => o.localDate)).toEqual(['2027-08-04', '2027-08-11', '2027-08-18', '2027-08-25']);
    expect(await countRows(t, 'occurrences', 'session_id = ?', [session.id])).toBe(39); // every Wednesday to 2027-08-25
    expect(await countRows(t, 'occurrence_facilitators')).toBe(39);
    expect((await auditRows(t)).length).toBe(auditBefore); // derived rows: no audit row
  });

  test('a weekly 18:00 session stays at 18:00 in Toronto across 1 Nov 2026 and 14 Mar 2027, whatever the UTC offset', async () => {
    // Sundays from 25 Oct 2026; no participants, so admission dates play no part.
    await t.must('admin', 'sessions.create', { draft: w.draft({ participantIds: [], startDate: '2026-10-25', startTime: '18:00', recurrence: { interval: 1, weekdays: ['SU'], ends: { kind: 'onDate', until: '2027-03-21' } } }) });
    const autumn = (await t.must('admin', 'schedule.range', { from: '2026-10-25', to: '2026-11-08' })).occurrences;
    expect(autumn.map((o) => o.startsAt)).toEqual(['2026-10-25T22:00:00.000Z', '2026-11-01T23:00:00.000Z', '2026-11-08T23:00:00.000Z']);
    const spring = (await t.must('admin', 'schedule.range', { from: '2027-03-07', to: '2027-03-21' })).occurrences;
    expect(spring.map((o) => o.startsAt)).toEqual(['2027-03-07T23:00:00.000Z', '2027-03-14T22:00:00.000Z', '2027-03-21T22:00:00.000Z']);
  });

  test('a session at 02:30 on the spring-forward night is placed at 03:30 EDT, as RFC 5545 reads a time in the gap', async () => {
    await t.must('admin', 'sessions.create', { draft: w.draft({ participantIds: [], recurrence: null, startDate: '2027-03-14', startTime: '02:30' }) });
    const [occurrence] = (await t.must('admin', 'schedule.range', { from: '2027-03-14', to: '2027-03-14' })).occurrences;
    expect(occurrence).toMatchObject({ startsAt: '2027-03-14T07:30:00.000Z', endsAt: '2027-03-14T08:30:00.000Z', localDate: '2027-03-14' });
  });

  test('the horizon setting decides how far ahead a never-ending series exists', async () => {
    const settings = await t.must('admin', 'settings.get', {});
    await t.must('admin', 'settings.update', { idleLockMinutes: settings.idleLockMinutes, timeZone: settings.timeZone, scheduleHorizonWeeks: 4, paperSize: settings.paperSize, expectedVersion: settings.version });
    const session = await t.must('admin', 'sessions.create', { draft: w.draft({ recurrence: { interval: 1, weekdays: ['WE'], ends: { kind: 'never' } } }) });
    expect(await countRows(t, 'occurrences', 'session_id = ?', [session.id])).toBe(5); // 2 Dec to 30 Dec
    expect(errorOf(await t.call('admin', 'settings.update', { idleLockMinutes: 10, timeZone: 'America/Toronto', scheduleHorizonWeeks: 3, paperSize: 'letter', expectedVersion: settings.version + 1 }))).toMatchObject({ fieldErrors: { scheduleHorizonWeeks: ['validation.horizonRange'] } });
  });

  test('a range filters by facilitator, resident, location, resource and activity, and leaves out cancelled ones on request', async () => {
    await t.must('admin', 'sessions.create', { draft: w.draft() });
    const art = await t.must('admin', 'sessions.create', { draft: w.draft({ activityTypeId: w.artTypeId, locationId: w.artStudioId, facilitatorIds: [w.felix], participantIds: [w.chloe], resourceIds: [w.horseId], startTime: '13:00' }) });
    const range = (filters: Record<string, unknown>) => t.must('admin', 'schedule.range', { from: '2026-12-01', to: '2026-12-07', ...filters }).then((r) => r.occurrences.map((o) => o.sessionId));
    expect(await range({})).toHaveLength(2);
    expect(await range({ facilitatorId: w.felix })).toEqual([art.id]);
    expect(await range({ residentId: w.chloe })).toEqual([art.id]);
    expect(await range({ locationId: w.artStudioId })).toEqual([art.id]);
    expect(await range({ resourceId: w.horseId })).toEqual([art.id]);
    expect(await range({ activityTypeIds: [w.artTypeId] })).toEqual([art.id]);
  });

  test('more than 62 days at once is refused', async () => {
    const result = await t.call('admin', 'schedule.range', { from: '2026-12-01', to: '2027-02-01' });
    expect(errorOf(result)).toMatchObject({ code: 'validation', fieldErrors: { to: ['validation.rangeTooLong'] } });
    await t.must('admin', 'schedule.range', { from: '2026-12-01', to: '2027-01-31' });
  });

  test('an unknown session or occurrence is not found', async () => {
    const missing = '01900000-0000-7000-8000-0000000000ff';
    expect(errorOf(await t.call('admin', 'sessions.get', { id: missing }))).toMatchObject({ code: 'not_found', messageKey: 'problems.sessionNotFound' });
    expect(errorOf(await t.call('admin', 'occurrences.get', { id: missing }))).toMatchObject({ code: 'not_found', messageKey: 'problems.occurrenceNotFound' });
  });
});
