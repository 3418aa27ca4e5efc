import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { SessionDraft } from '../../shared/contract/schedule';
import { GroupsService } from '../../electron/core/groups/groups-service';
import { ResidentsService } from '../../electron/core/residents/residents-service';
import { syncParticipation } from '../../electron/core/schedule/sessions/participants-sync';
import { auditRows } from '../support/db-snapshot';
import { createScheduleWorld, type ScheduleWorld } from '../support/schedule-world';
import { ADMIN_PASSWORD, newOpening, startTestCore, type TestCore } from '../support/test-core';

// The test clock reads Monday 23 November 2026, 10:00 in Toronto. The group meets on Wednesdays
// 25 Nov, 2, 9 and 16 Dec at 14:00 in the art studio, with Felix.

let t: TestCore;
let w: ScheduleWorld;
let groupId: string;
beforeEach(async () => {
  t = await startTestCore();
  w = await createScheduleWorld(t);
  const group = await t.must('admin', 'groups.create', { name: 'Relapse prevention', kind: 'discussion', focus: '', capacity: 8, openEnrolment: true, facilitators: [{ staffId: w.felix, role: 'facilitator' }] });
  groupId = group.id;
});
afterEach(() => t.dispose());

const meeting = (overrides: Partial<SessionDraft> = {}): SessionDraft =>
  w.draft({ title: 'Relapse prevention', locationId: w.artStudioId, facilitatorIds: [w.felix], participantIds: [], groupId, capacity: 8, startDate: '2026-11-25', startTime: '14:00', ...overrides });
const enrol = (residentId: string, joinedOn: string) => t.must('admin', 'groups.enrol', { groupId, residentId, joinedOn });
async function leave(residentId: string, leftOn: string) {
  const membership = (await t.must('admin', 'groups.get', { id: groupId })).roster.find((m) => m.residentId === residentId);
  return t.must('admin', 'groups.leave', { membershipId: membership?.id ?? '', leftOn, reason: 'completed', note: '' });
}
/** Who each of the group's meetings books, by date. */
async function bookedByDate(): Promise<Record<string, string[]>> {
  const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-11-23', to: '2026-12-20', groupId });
  return Object.fromEntries(occurrences.map((o) => [o.localDate, o.participants.map((p) => p.id).sort()]));
}
const sorted = (...ids: string[]) => [...ids].sort();
async function goTo(instant: string): Promise<void> {
  t.clock.set(instant);
  await t.must('admin', 'auth.unlock', { password: ADMIN_PASSWORD });
}

describe("a peer group's meetings book its roster as of each meeting's date", () => {
  test('a weekly group meeting enrols the members of each day: those who joined by then and have not left', async () => {
    await enrol(w.eloise, '2026-11-23');
    await enrol(w.bruno, '2026-12-05');
    await leave(w.eloise, '2026-12-15');
    const session = await t.must('admin', 'sessions.create', { draft: meeting() });
    expect(session.draft.groupId).toBe(groupId);
    expect(await bookedByDate()).toEqual({
      '2026-11-25': [w.eloise],
      '2026-12-02': [w.eloise],
      '2026-12-09': sorted(w.eloise, w.bruno),
      '2026-12-16': [w.bruno],
    });
  });

  test('someone booked on their own as well as through the group is on the meeting once', async () => {
    await enrol(w.eloise, '2026-11-23');
    await t.must('admin', 'sessions.create', { draft: meeting({ participantIds: [w.eloise, w.chloe] }) });
    expect((await bookedByDate())['2026-11-25']).toEqual(sorted(w.eloise, w.chloe));
  });

  test('enrolling a resident from a date adds them to the meetings from that date on only, each recorded', async () => {
    await enrol(w.eloise, '2026-11-23');
    await t.must('admin', 'sessions.create', { draft: meeting() });
    const before = (await auditRows(t)).length;
    await enrol(w.chloe, '2026-12-03');
    expect(await bookedByDate()).toEqual({
      '2026-11-25': [w.eloise],
      '2026-12-02': [w.eloise],
      '2026-12-09': sorted(w.eloise, w.chloe),
      '2026-12-16': sorted(w.eloise, w.chloe),
    });
    const added = (await auditRows(t)).slice(before).filter((row) => row.entity_type === 'occurrence');
    expect(added).toHaveLength(2);
  });

  test('leaving removes the member from the meetings from the leaving date on only', async () => {
    await enrol(w.eloise, '2026-11-23');
    await enrol(w.bruno, '2026-11-23');
    await t.must('admin', 'sessions.create', { draft: meeting() });
    await leave(w.eloise, '2026-12-03');
    expect(await bookedByDate()).toEqual({
      '2026-11-25': sorted(w.eloise, w.bruno),
      '2026-12-02': sorted(w.eloise, w.bruno),
      '2026-12-09': [w.bruno],
      '2026-12-16': [w.bruno],
    });
  });

  test('a meeting that has already started keeps its participants when the roster changes that day', async () => {
    await enrol(w.eloise, '2026-11-23');
    await t.must('admin', 'sessions.create', { draft: meeting({ startTime: '09:00' }) });
    await goTo('2026-12-02T15:00:00.000Z'); // Wednesday 2 Dec, 10:00: that day's 09:00 meeting has begun
    await leave(w.eloise, '2026-12-02');
    await enrol(w.bruno, '2026-12-02');
    expect(await bookedByDate()).toEqual({
      '2026-11-25': [w.eloise],
      '2026-12-02': [w.eloise],
      '2026-12-09': [w.bruno],
      '2026-12-16': [w.bruno],
    });
  });

  test('meetings made later (a never-ending series looked at further ahead) enrol the roster of their own date', async () => {
    await enrol(w.eloise, '2026-11-23');
    await t.must('admin', 'sessions.create', { draft: meeting({ recurrence: { interval: 1, weekdays: ['WE'], ends: { kind: 'never' } } }) });
    await leave(w.eloise, '2027-06-10');
    const far = await t.must('admin', 'schedule.range', { from: '2027-06-01', to: '2027-06-20', groupId });
    expect(far.occurrences.map((o) => [o.localDate, o.participants.map((p) => p.id)])).toEqual([
      ['2027-06-02', [w.eloise]],
      ['2027-06-09', [w.eloise]],
      ['2027-06-16', []],
    ]);
  });
});

describe('a discharge takes the resident out of every meeting still ahead', () => {
  test('discharging ends the memberships and clears the group meetings and the other sessions ahead, each recorded', async () => {
    await enrol(w.eloise, '2026-11-23');
    await t.must('admin', 'sessions.create', { draft: meeting() });
    await t.must('admin', 'sessions.create', { draft: w.draft({ participantIds: [w.eloise, w.bruno] }) }); // yoga, Wednesdays 10:00 from 2 Dec
    const before = (await auditRows(t)).length;
    const eloise = await t.must('admin', 'residents.get', { id: w.eloise, openingId: newOpening() });
    await t.must('admin', 'residents.discharge', { id: w.eloise, expectedVersion: eloise.version, dischargeDate: '2026-11-23', reason: 'program_completed', note: '' });

    expect(Object.values(await bookedByDate()).flat()).toEqual([]);
    const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-11-23', to: '2026-12-31', residentId: w.eloise });
    expect(occurrences).toEqual([]);
    const detail = await t.must('admin', 'groups.get', { id: groupId, asOf: '2026-11-23' });
    expect(detail.history[0]).toMatchObject({ residentId: w.eloise, leftOn: '2026-11-23', leaveReason: 'discharged' });
    const removed = (await auditRows(t)).slice(before).filter((row) => row.entity_type === 'occurrence');
    expect(removed).toHaveLength(8); // four group meetings, four yoga sessions
  });

  test('when the discharge fails, the memberships and the meetings it cleared are rolled back with it', async () => {
    await enrol(w.eloise, '2026-11-23');
    await t.must('admin', 'sessions.create', { draft: meeting() });
    const booked = await bookedByDate();
    const { dataSource, clock, settings } = t.core.services;
    const groups = new GroupsService(dataSource, clock, settings);
    const residents = new ResidentsService(dataSource, clock, settings, [
      (manager, { residentId, dischargeDate }, actor) => groups.endForDischargeIn(manager, residentId, dischargeDate, actor),
      (manager, { residentId, dischargeDate }, actor) => syncParticipation(manager, { action: 'remove', residentId, groupId: null, fromDate: dischargeDate, reason: 'discharged' }, clock.now().toISOString(), actor).then(() => undefined),
      () => Promise.reject(new Error('a later step of the discharge failed')),
    ]);
    const eloise = await t.must('admin', 'residents.get', { id: w.eloise, openingId: newOpening() });
    const auditBefore = (await auditRows(t)).length;
    await expect(t.core.runTask(() => residents.discharge({ id: w.eloise, expectedVersion: eloise.version, dischargeDate: '2026-11-23', reason: 'program_completed', note: null }, null))).rejects.toThrow(/later step/);

    expect(await bookedByDate()).toEqual(booked);
    expect((await t.must('admin', 'groups.get', { id: groupId })).roster.map((m) => [m.residentId, m.leftOn])).toEqual([[w.eloise, null]]);
    expect((await auditRows(t)).length).toBe(auditBefore);
  });
});

describe('the one conflict check sees every member of the group', () => {
  test("a member booked elsewhere at the group's hour is a clash naming them", async () => {
    await t.must('admin', 'sessions.create', { draft: w.draft({ participantIds: [w.bruno], recurrence: null }) }); // yoga Wed 2 Dec 10:00–11:00
    await enrol(w.bruno, '2026-11-23');
    const answer = await t.must('admin', 'schedule.previewChange', { kind: 'createSession', draft: meeting({ startTime: '10:30' }) });
    const clashes = answer.occurrences.flatMap((o) => o.clashes.map((c) => ({ date: o.localDate, kind: c.kind, subject: c.subject })));
    expect(clashes).toEqual([{ date: '2026-12-02', kind: 'residentDoubleBooked', subject: { type: 'resident', id: w.bruno, name: 'Bruno Gagnon' } }]);
    expect(answer.blocksSaving).toBe(true);
  });
});

describe('the migration that lets a session name its group', () => {
  test('undone and applied again on a database with sessions, it keeps every session, occurrence and booking', async () => {
    await enrol(w.eloise, '2026-11-23');
    await t.must('admin', 'sessions.create', { draft: meeting() });
    const { dataSource } = t.core.services;
    const count = async (table: string) => Number((await dataSource.query<Array<{ n: number }>>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    const before = [await count('sessions'), await count('occurrences'), await count('occurrence_participants')];
    // TypeORM wraps an undo in a transaction whatever the migration says; this one manages its own.
    await dataSource.undoLastMigration({ transaction: 'none' });
    expect(await count('occurrences')).toBe(before[1]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect([await count('sessions'), await count('occurrences'), await count('occurrence_participants')]).toEqual(before);
    expect(await dataSource.query('PRAGMA foreign_key_check')).toEqual([]);
    expect(Number((await dataSource.query<Array<{ fk: number }>>('PRAGMA foreign_keys'))[0].fk ?? 1)).toBe(1);
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
