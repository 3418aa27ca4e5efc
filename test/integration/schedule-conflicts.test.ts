import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { InputOf } from '../../shared/contract';
import type { ChangePreview, Clash, SessionDraft } from '../../shared/contract/schedule';
import { auditRows, countRows, expectNothingWritten } from '../support/db-snapshot';
import { createScheduleWorld, type ScheduleWorld } from '../support/schedule-world';
import { errorOf, startTestCore, type TestCore } from '../support/test-core';

let t: TestCore;
let w: ScheduleWorld;
beforeEach(async () => {
  t = await startTestCore(); // the clock reads 2026-11-23T15:00Z; the residents were admitted on 2026-11-02
  w = await createScheduleWorld(t);
});
afterEach(() => t.dispose());

const single = (overrides: Partial<SessionDraft>): Partial<SessionDraft> => ({ recurrence: null, ...overrides });
const preview = (draft: SessionDraft) => t.must('admin', 'schedule.previewChange', { kind: 'createSession', draft });
const clashesOf = (answer: ChangePreview): Clash[] => answer.occurrences.flatMap((o) => o.clashes);
const kinds = (answer: ChangePreview) => clashesOf(answer).map((c) => c.kind);

/** Yoga on Wednesday 2 Dec 10:00–11:00 in the yoga room, Fiona with Éloïse, Biscuit booked. */
async function bookYoga() {
  await t.must('admin', 'sessions.create', { draft: w.draft({ resourceIds: [w.horseId], recurrence: null }) });
  const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-12-02', to: '2026-12-02' });
  return occurrences[0];
}

describe('the one conflict check names each clash', () => {
  test('a resident, a facilitator, a room and a horse in two places at once, each naming the other occurrence', async () => {
    const yoga = await bookYoga();
    const answer = await preview(w.draft(single({ activityTypeId: w.artTypeId, title: 'Clay', startTime: '10:30', participantIds: [w.eloise], resourceIds: [w.horseId] })));
    const other = { occurrenceId: yoga.id, title: 'Yoga', startsAt: '2026-12-02T15:00:00.000Z', endsAt: '2026-12-02T16:00:00.000Z' };
    expect(clashesOf(answer)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'locationDoubleBooked', severity: 'block', subject: { type: 'location', id: w.yogaRoomId, name: 'Yoga room' }, other }),
        expect.objectContaining({ kind: 'facilitatorDoubleBooked', severity: 'block', subject: { type: 'staff', id: w.fiona, name: 'Fiona Facilitator' }, other }),
        expect.objectContaining({ kind: 'residentDoubleBooked', severity: 'block', subject: { type: 'resident', id: w.eloise, name: 'Éloïse Tremblay' }, other }),
        expect.objectContaining({ kind: 'resourceDoubleBooked', severity: 'block', subject: { type: 'resource', id: w.horseId, name: 'Biscuit' }, other }),
      ]),
    );
    expect(answer).toMatchObject({ total: 1, fine: 0, blocked: 1, warned: 0, blocksSaving: true, needsCapacityOverride: false });
    expect(answer.occurrences[0]).toMatchObject({ occurrenceId: null, title: 'Clay', localDate: '2026-12-02' });
  });

  test('back-to-back bookings do not clash, and a cancelled occurrence clashes with nothing', async () => {
    const yoga = await bookYoga();
    expect(kinds(await preview(w.draft(single({ startTime: '11:00' }))))).toEqual([]);
    await t.must('admin', 'occurrences.cancel', { occurrenceId: yoga.id, expectedVersion: yoga.version, reason: 'Flooded' });
    expect(kinds(await preview(w.draft(single({ startTime: '10:00', resourceIds: [w.horseId] }))))).toEqual([]);
  });

  test('a facilitator away, or no longer active', async () => {
    await t.must('admin', 'staffAbsences.create', { staffId: w.felix, kind: 'sick', startsOn: '2026-12-09', endsOn: '2026-12-10', note: '' });
    const answer = await preview(w.draft({ facilitatorIds: [w.felix] }));
    expect(answer.occurrences.map((o) => o.clashes.map((c) => [c.kind, c.reason]))).toEqual([[], [['facilitatorAbsent', 'sick']], [], []]);
    await t.must('admin', 'staff.setActive', { id: w.felix, expectedVersion: 1, active: false });
    expect(kinds(await preview(w.draft(single({ facilitatorIds: [w.felix] }))))).toEqual(['facilitatorInactive']);
  });

  test('a room or a horse no longer active', async () => {
    await t.must('admin', 'locations.update', { id: w.artStudioId, expectedVersion: 1, active: false, name: 'Art studio', capacity: 10, onSite: true });
    await t.must('admin', 'resources.update', { id: w.horseId, expectedVersion: 1, active: false, kind: 'horse', name: 'Biscuit', maxSessionsPerDay: 2, restDays: [0] });
    expect(kinds(await preview(w.draft(single({ locationId: w.artStudioId, resourceIds: [w.horseId] }))))).toEqual(['locationInactive', 'resourceInactive']);
  });

  test('a horse over its daily limit, on its rest day, or out of service with its reason', async () => {
    await bookYoga(); // Biscuit's first session on Wednesday 2 Dec
    await t.must('admin', 'sessions.create', { draft: w.draft(single({ startTime: '13:00', resourceIds: [w.horseId], facilitatorIds: [w.felix], participantIds: [w.bruno] })) });
    const third = clashesOf(await preview(w.draft(single({ startTime: '15:00', resourceIds: [w.horseId], participantIds: [] }))));
    expect(third).toEqual([expect.objectContaining({ kind: 'resourceOverDailyLimit', subject: { type: 'resource', id: w.horseId, name: 'Biscuit' }, limit: 2, count: 3, other: expect.objectContaining({ title: 'Yoga' }) as unknown })]);
    expect(kinds(await preview(w.draft(single({ startDate: '2026-12-06', resourceIds: [w.horseId] }))))).toEqual(['resourceRestDay']); // a Sunday
    await t.must('admin', 'resources.addOutOfService', { resourceId: w.horseId, startsOn: '2026-12-14', endsOn: '2026-12-18', reason: 'Lame' });
    expect(clashesOf(await preview(w.draft(single({ startDate: '2026-12-16', resourceIds: [w.horseId] }))))).toEqual([expect.objectContaining({ kind: 'resourceOutOfService', reason: 'Lame', severity: 'block' })]);
  });

  test('over the session’s or the room’s capacity is a warning', async () => {
    const small = await t.must('admin', 'locations.create', { name: 'Quiet room', capacity: 2, onSite: true });
    const answer = await preview(w.draft(single({ locationId: small.id, capacity: 1, participantIds: [w.eloise, w.bruno, w.chloe] })));
    expect(clashesOf(answer)).toEqual([
      expect.objectContaining({ kind: 'overLocationCapacity', severity: 'warning', subject: { type: 'location', id: small.id, name: 'Quiet room' }, limit: 2, count: 3 }),
      expect.objectContaining({ kind: 'overSessionCapacity', severity: 'warning', limit: 1, count: 3 }),
    ]);
    expect(answer).toMatchObject({ fine: 0, blocked: 0, warned: 1, blocksSaving: false, needsCapacityOverride: true });
  });

  test('a participant not yet admitted, or discharged, on that date', async () => {
    expect(clashesOf(await preview(w.draft(single({ startDate: '2026-10-28' }))))).toEqual([expect.objectContaining({ kind: 'residentNotAdmitted', subject: { type: 'resident', id: w.eloise, name: 'Éloïse Tremblay' } })]);
    await t.must('admin', 'residents.discharge', { id: w.bruno, expectedVersion: 1, dischargeDate: '2026-11-18', reason: 'program_completed', note: '' });
    const answer = await preview(w.draft({ startDate: '2026-11-11', participantIds: [w.bruno] }));
    // Wednesdays 11 and 18 Nov: in residence (the discharge day still counts); 25 Nov and 2 Dec: discharged.
    expect(answer.occurrences.map((o) => o.clashes.map((c) => c.kind))).toEqual([[], [], ['residentNotAdmitted'], ['residentNotAdmitted']]);
  });

  test('a requirement not met: no signed equine waiver, no photo consent', async () => {
    const equine = w.draft(single({ activityTypeId: w.equineTypeId, locationId: w.barnId, participantIds: [w.eloise, w.bruno] }));
    expect(clashesOf(await preview(equine))).toEqual([expect.objectContaining({ kind: 'requirementNotMet', requirement: 'equineWaiver', subject: { type: 'resident', id: w.bruno, name: 'Bruno Gagnon' } })]);
    const show = await t.must('admin', 'activityTypes.create', { name: 'Art show', colour: '#862e9c', defaultDurationMinutes: 60, defaultCapacity: 10, clinical: false, requirements: ['photoConsent'] });
    expect(clashesOf(await preview(w.draft(single({ activityTypeId: show.id, participantIds: [w.chloe, w.eloise] }))))).toEqual([expect.objectContaining({ kind: 'requirementNotMet', requirement: 'photoConsent', subject: expect.objectContaining({ id: w.chloe }) as unknown })]);
  });

  test('the preview of a series lists its clashing occurrences: 52 occurrences, 49 fine, 3 clash', async () => {
    await t.must('admin', 'staffAbsences.create', { staffId: w.fiona, kind: 'holiday', startsOn: '2027-03-01', endsOn: '2027-03-19', note: '' });
    const answer = await preview(w.draft({ recurrence: { interval: 1, weekdays: ['WE'], ends: { kind: 'afterCount', count: 52 } } }));
    expect(answer).toMatchObject({ total: 52, fine: 49, blocked: 3, warned: 0, blocksSaving: true });
    expect(answer.occurrences.filter((o) => o.clashes.length > 0).map((o) => o.localDate)).toEqual(['2027-03-03', '2027-03-10', '2027-03-17']);
  });

  test('marking a horse lame previews the sessions it would break; a staff absence likewise', async () => {
    await t.must('admin', 'sessions.create', { draft: w.draft({ resourceIds: [w.horseId], facilitatorIds: [w.felix] }) });
    const lame = await t.must('admin', 'schedule.previewChange', { kind: 'resourceOutOfService', resourceId: w.horseId, startsOn: '2026-12-08', endsOn: '2026-12-20' });
    expect(lame.occurrences.map((o) => [o.localDate, o.clashes.map((c) => c.kind)])).toEqual([
      ['2026-12-09', ['resourceOutOfService']],
      ['2026-12-16', ['resourceOutOfService']],
    ]);
    expect(lame.occurrences[0].occurrenceId).not.toBeNull();
    const away = await t.must('admin', 'schedule.previewChange', { kind: 'staffAbsence', staffId: w.felix, startsOn: '2026-12-20', endsOn: '2027-01-10' });
    expect(away.occurrences.map((o) => [o.localDate, o.clashes.map((c) => c.kind)])).toEqual([['2026-12-23', ['facilitatorAbsent']]]);
    expect((await t.must('admin', 'schedule.previewChange', { kind: 'staffAbsence', staffId: w.fiona, startsOn: '2026-12-20', endsOn: '2027-01-10' })).total).toBe(0);
  });
});

describe('writes go through the same check', () => {
  test('a blocked change writes nothing and names its clashes', async () => {
    await bookYoga();
    const rows = await countRows(t, 'occurrences');
    const audits = (await auditRows(t)).length;
    const refused = await expectNothingWritten(t, () => t.call('admin', 'sessions.create', { draft: w.draft({ facilitatorIds: [w.fiona], participantIds: [w.bruno], locationId: w.artStudioId }) }));
    expect(errorOf(refused)).toMatchObject({ code: 'conflict', messageKey: 'problems.scheduleClash', details: { total: 4, blocked: 1, fine: 3 } });
    expect(await countRows(t, 'occurrences')).toBe(rows);
    expect((await auditRows(t)).length).toBe(audits);
  });

  test('over capacity needs a manager’s reason, which is recorded; scheduling staff are refused the override', async () => {
    await t.signInAs('planner', ['scheduling_staff']);
    const crowded: InputOf<'sessions.create'> = { draft: w.draft({ capacity: 1, participantIds: [w.eloise, w.bruno] }) };
    expect(errorOf(await t.call('planner', 'sessions.create', crowded))).toMatchObject({ code: 'conflict', messageKey: 'problems.capacityOverrideNeeded', details: { warned: 4, needsCapacityOverride: true } });
    const forbidden = await expectNothingWritten(t, () => t.call('planner', 'sessions.create', { ...crowded, capacityOverrideReason: 'Two newcomers join this week' }));
    expect(errorOf(forbidden)).toMatchObject({ code: 'forbidden', messageKey: 'problems.capacityOverrideForbidden' });
    const saved = await t.must('admin', 'sessions.create', { ...crowded, capacityOverrideReason: 'Two newcomers join this week' });
    expect(saved.capacityOverrideReason).toBe('Two newcomers join this week');
    const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-12-01', to: '2026-12-31' });
    expect(occurrences.map((o) => o.capacityOverrideReason)).toEqual(Array(4).fill('Two newcomers join this week'));
    expect((await auditRows(t)).at(-1)).toMatchObject({ action: 'record.create', entity_id: saved.id, details: { capacityOverrideReason: 'Two newcomers join this week' } });
  });

  test('moving an occurrence onto a booked slot is refused; restoring a cancelled one whose slot was taken is refused', async () => {
    const yoga = await bookYoga();
    await t.must('admin', 'sessions.create', { draft: w.draft(single({ startTime: '14:00', participantIds: [w.bruno] })) });
    const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-12-02', to: '2026-12-02' });
    const afternoon = occurrences[1];
    const move = await expectNothingWritten(t, () => t.call('admin', 'occurrences.move', { occurrenceId: afternoon.id, expectedVersion: afternoon.version, date: '2026-12-02', startTime: '10:30', durationMinutes: 60 }));
    expect(errorOf(move)).toMatchObject({ code: 'conflict', messageKey: 'problems.scheduleClash' });
    const cancelled = await t.must('admin', 'occurrences.cancel', { occurrenceId: yoga.id, expectedVersion: yoga.version, reason: 'Flooded' });
    const moved = await t.must('admin', 'occurrences.move', { occurrenceId: afternoon.id, expectedVersion: afternoon.version, date: '2026-12-02', startTime: '10:00', durationMinutes: 60 });
    expect(moved).toMatchObject({ startsAt: '2026-12-02T15:00:00.000Z', isException: true, version: 2 });
    const restore = await expectNothingWritten(t, () => t.call('admin', 'occurrences.restore', { occurrenceId: yoga.id, expectedVersion: cancelled.version }));
    expect(errorOf(restore)).toMatchObject({ code: 'conflict', messageKey: 'problems.scheduleClash', details: { occurrences: [{ clashes: expect.arrayContaining([expect.objectContaining({ kind: 'locationDoubleBooked' })]) as unknown }] } });
  });

  test('a facilitator cannot change the schedule, but reads it', async () => {
    await t.signInAs('facilitator', ['facilitator']);
    expect(errorOf(await t.call('facilitator', 'sessions.create', { draft: w.draft() }))).toMatchObject({ code: 'forbidden' });
    await t.must('admin', 'sessions.create', { draft: w.draft() });
    const { occurrences } = await t.must('facilitator', 'schedule.range', { from: '2026-12-01', to: '2026-12-31' });
    expect(occurrences).toHaveLength(4);
    expect(errorOf(await t.call('facilitator', 'occurrences.cancel', { occurrenceId: occurrences[0].id, expectedVersion: 1, reason: 'No' }))).toMatchObject({ code: 'forbidden' });
    expect(errorOf(await t.call('facilitator', 'occurrences.move', { occurrenceId: occurrences[0].id, expectedVersion: 1, date: '2026-12-03', startTime: '10:00', durationMinutes: 60 }))).toMatchObject({ code: 'forbidden' });
  });
});
