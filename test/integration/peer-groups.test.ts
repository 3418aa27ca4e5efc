import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { GroupsService } from '../../electron/core/groups/groups-service';
import { ResidentsService } from '../../electron/core/residents/residents-service';
import { auditRows, expectNothingWritten } from '../support/db-snapshot';
import { ADMIN_PASSWORD, admission, errorOf, startTestCore, type TestCore } from '../support/test-core';

// The test clock starts on Monday 23 November 2026, 10:00 in Toronto (the centre's zone).

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
});
afterEach(() => t.dispose());

let people = 0;
async function admit(firstName: string, admissionDate = '2026-11-02') {
  people += 1;
  return t.must('admin', 'residents.admit', admission({ firstName, lastName: `Resident${people}`, dateOfBirth: '1990-01-01', admissionDate }));
}
async function staffMember(firstName: string) {
  return t.must('admin', 'staff.create', { firstName, lastName: 'Staff', roles: ['facilitator'], email: '', phone: '' });
}
async function newGroup(overrides: Partial<InputOf<'groups.create'>> = {}) {
  const lead = overrides.facilitators ? null : await staffMember('Lena');
  return t.must('admin', 'groups.create', {
    name: 'Relapse prevention',
    kind: 'discussion',
    focus: 'Triggers and plans',
    capacity: 5,
    openEnrolment: true,
    facilitators: lead ? [{ staffId: lead.id, role: 'facilitator' }] : [],
    ...overrides,
  });
}
const names = (rows: Array<{ residentName: string }>) => rows.map((row) => row.residentName.split(' ')[0]);
const rosterOn = async (groupId: string, asOf: string) => names((await t.must('admin', 'groups.get', { id: groupId, asOf })).roster);
/** Moves the clock to 10:00 in Toronto on `date`, and unlocks the administrator's session the jump idled out. */
async function goTo(date: string): Promise<void> {
  t.clock.set(`${date}T15:00:00.000Z`);
  await t.must('admin', 'auth.unlock', { password: ADMIN_PASSWORD });
}

describe('rosters as of a date', () => {
  test('the roster of a day lists who was a member that day: joined on or before it, not yet left', async () => {
    const group = await newGroup();
    const alice = await admit('Alice');
    const bruno = await admit('Bruno');
    const joined = await t.must('admin', 'groups.enrol', { groupId: group.id, residentId: alice.id, joinedOn: '2026-11-23' });
    expect(joined.outcome).toBe('enrolled');
    await t.must('admin', 'groups.enrol', { groupId: group.id, residentId: bruno.id, joinedOn: '2026-11-25' });
    await goTo('2026-11-27');
    const membership = (await t.must('admin', 'groups.get', { id: group.id })).roster.find((m) => m.residentId === alice.id);
    await t.must('admin', 'groups.leave', { membershipId: membership?.id ?? '', leftOn: '2026-11-28', reason: 'completed', note: '' });

    expect(await rosterOn(group.id, '2026-11-22')).toEqual([]);
    expect(await rosterOn(group.id, '2026-11-24')).toEqual(['Alice']);
    expect(await rosterOn(group.id, '2026-11-27')).toEqual(['Alice', 'Bruno']);
    expect(await rosterOn(group.id, '2026-11-28')).toEqual(['Bruno']);
    const history = (await t.must('admin', 'groups.get', { id: group.id })).history;
    expect(history.map((m) => [m.residentName.split(' ')[0], m.joinedOn, m.leftOn, m.leaveReason])).toEqual([
      ['Bruno', '2026-11-25', null, null],
      ['Alice', '2026-11-23', '2026-11-28', 'completed'],
    ]);
  });

  test('a roster change never alters the past roster: changes dated before today are refused and nothing is written', async () => {
    const group = await newGroup();
    const alice = await admit('Alice');
    const bruno = await admit('Bruno');
    await t.must('admin', 'groups.enrol', { groupId: group.id, residentId: alice.id, joinedOn: '2026-11-23' });
    await goTo('2026-11-30');
    const before = await rosterOn(group.id, '2026-11-25');
    const [membership] = (await t.must('admin', 'groups.get', { id: group.id })).roster;

    const backdatedLeave = await expectNothingWritten(t, () => t.call('admin', 'groups.leave', { membershipId: membership.id, leftOn: '2026-11-24', reason: 'choseToLeave', note: '' }));
    expect(errorOf(backdatedLeave).fieldErrors).toEqual({ leftOn: ['validation.rosterDateInPast'] });
    const backdatedJoin = await expectNothingWritten(t, () => t.call('admin', 'groups.enrol', { groupId: group.id, residentId: bruno.id, joinedOn: '2026-11-24' }));
    expect(errorOf(backdatedJoin).fieldErrors).toEqual({ joinedOn: ['validation.rosterDateInPast'] });

    // From today on, the change applies; the past days keep their roster.
    await t.must('admin', 'groups.leave', { membershipId: membership.id, leftOn: '2026-11-30', reason: 'choseToLeave', note: '' });
    await t.must('admin', 'groups.enrol', { groupId: group.id, residentId: bruno.id, joinedOn: '2026-11-30' });
    expect(await rosterOn(group.id, '2026-11-25')).toEqual(before);
    expect(before).toEqual(['Alice']);
    expect(await rosterOn(group.id, '2026-11-30')).toEqual(['Bruno']);
  });

  test('only a resident admitted on the date can join', async () => {
    const group = await newGroup();
    const gone = await admit('Gone', '2026-11-01');
    await t.must('admin', 'residents.discharge', { id: gone.id, expectedVersion: gone.version, dischargeDate: '2026-11-20', reason: 'program_completed', note: '' });
    const refused = await expectNothingWritten(t, () => t.call('admin', 'groups.enrol', { groupId: group.id, residentId: gone.id, joinedOn: '2026-11-23' }));
    expect(errorOf(refused).fieldErrors).toEqual({ residentId: ['validation.notAdmittedOn'] });
  });
});

describe('the waitlist of a full group', () => {
  test('people past the capacity wait in order; a freed place is offered to the next one, and enrolling them is one action', async () => {
    const group = await newGroup({ capacity: 2 });
    const [alice, bruno, chloe, dara, emil] = await Promise.all(['Alice', 'Bruno', 'Chloe', 'Dara', 'Emil'].map((name) => admit(name)));
    const enrol = (residentId: string) => t.must('admin', 'groups.enrol', { groupId: group.id, residentId, joinedOn: '2026-11-23' });
    expect((await enrol(alice.id)).outcome).toBe('enrolled');
    expect((await enrol(bruno.id)).outcome).toBe('enrolled');
    expect((await enrol(chloe.id)).outcome).toBe('waitlisted');
    const full = await enrol(dara.id);
    expect(full.outcome).toBe('waitlisted');
    expect(full.group.waitlist.map((entry) => [entry.residentName.split(' ')[0], entry.position])).toEqual([['Chloe', 1], ['Dara', 2]]);
    expect(full.group.freePlaces).toBe(0);
    expect(full.group.offer).toBeNull();

    const aliceMembership = full.group.roster.find((m) => m.residentId === alice.id);
    const freed = await t.must('admin', 'groups.leave', { membershipId: aliceMembership?.id ?? '', leftOn: '2026-11-23', reason: 'movedGroup', note: '' });
    expect(freed.freePlaces).toBe(1);
    expect(freed.offer?.residentName).toMatch(/^Chloe /);

    // Someone new does not jump the queue: they wait behind the people already waiting.
    const late = await enrol(emil.id);
    expect(late.outcome).toBe('waitlisted');
    expect(names(late.group.waitlist)).toEqual(['Chloe', 'Dara', 'Emil']);
    const daraEntry = late.group.waitlist[1];
    const skipped = await expectNothingWritten(t, () => t.call('admin', 'groups.enrolFromWaitlist', { entryId: daraEntry.id, joinedOn: '2026-11-23' }));
    expect(errorOf(skipped).messageKey).toBe('problems.groups.notNextWaiting');

    const auditBefore = (await auditRows(t)).length;
    const taken = await t.must('admin', 'groups.enrolFromWaitlist', { entryId: late.group.offer?.id ?? '', joinedOn: '2026-11-23' });
    expect(names(taken.roster)).toEqual(['Bruno', 'Chloe']);
    expect(names(taken.waitlist)).toEqual(['Dara', 'Emil']);
    expect(taken.waitlist.map((entry) => entry.position)).toEqual([1, 2]);
    expect(taken.offer).toBeNull();
    const written = (await auditRows(t)).slice(auditBefore);
    expect(written.map((row) => [row.entity_type, row.resident_id])).toEqual([['groupMembership', chloe.id]]);
    expect(written[0].details).toMatchObject({ groupId: group.id, joinedOn: '2026-11-23', fromWaitlistEntryId: late.group.offer?.id });
  });

  test('a place promised to someone from a later date is not free today', async () => {
    const group = await newGroup({ capacity: 1 });
    const later = await admit('Later');
    const now = await admit('Now');
    await t.must('admin', 'groups.enrol', { groupId: group.id, residentId: later.id, joinedOn: '2026-12-01' });
    const result = await t.must('admin', 'groups.enrol', { groupId: group.id, residentId: now.id, joinedOn: '2026-11-23' });
    expect(result.outcome).toBe('waitlisted');
    expect(await rosterOn(group.id, '2026-11-23')).toEqual([]);
  });

  test('closed enrolment: new people go to the waitlist, and only a manager, counsellor or scheduling staff enrols them from it', async () => {
    const lead = await t.signInAs('lead', ['facilitator'], 'Lena');
    const group = await newGroup({ openEnrolment: false, facilitators: [{ staffId: lead.staffId, role: 'facilitator' }] });
    const alice = await admit('Alice');
    const queued = await t.must('lead', 'groups.enrol', { groupId: group.id, residentId: alice.id, joinedOn: '2026-11-23' });
    expect(queued.outcome).toBe('waitlisted');
    expect(queued.group.offer?.residentId).toBe(alice.id);
    const byFacilitator = await expectNothingWritten(t, () => t.call('lead', 'groups.enrolFromWaitlist', { entryId: queued.group.offer?.id ?? '', joinedOn: '2026-11-23' }));
    expect(errorOf(byFacilitator)).toMatchObject({ code: 'forbidden', messageKey: 'problems.groups.closedNeedsManager' });
    const byManager = await t.must('admin', 'groups.enrolFromWaitlist', { entryId: queued.group.offer?.id ?? '', joinedOn: '2026-11-23' });
    expect(names(byManager.roster)).toEqual(['Alice']);
  });
});

describe('a discharge ends memberships', () => {
  test('discharging a resident ends their open memberships on the discharge date and takes them off waitlists, each change audited', async () => {
    const groupA = await newGroup({ name: 'A' });
    const groupB = await newGroup({ name: 'B' });
    const full = await newGroup({ name: 'Full', capacity: 1 });
    const other = await admit('Other');
    const rosa = await admit('Rosa');
    for (const group of [groupA, groupB]) await t.must('admin', 'groups.enrol', { groupId: group.id, residentId: rosa.id, joinedOn: '2026-11-23' });
    await t.must('admin', 'groups.enrol', { groupId: full.id, residentId: other.id, joinedOn: '2026-11-23' });
    expect((await t.must('admin', 'groups.enrol', { groupId: full.id, residentId: rosa.id, joinedOn: '2026-11-23' })).outcome).toBe('waitlisted');
    await goTo('2026-11-26');
    const auditBefore = (await auditRows(t)).length;

    await t.must('admin', 'residents.discharge', { id: rosa.id, expectedVersion: rosa.version, dischargeDate: '2026-11-25', reason: 'program_completed', note: '' });

    for (const group of [groupA, groupB]) {
      const detail = await t.must('admin', 'groups.get', { id: group.id, asOf: '2026-11-24' });
      expect(names(detail.roster)).toEqual(['Rosa']);
      expect(await rosterOn(group.id, '2026-11-25')).toEqual([]);
      expect(detail.history[0]).toMatchObject({ residentId: rosa.id, leftOn: '2026-11-25', leaveReason: 'discharged' });
    }
    expect((await t.must('admin', 'groups.get', { id: full.id })).waitlist).toEqual([]);
    const written = (await auditRows(t)).slice(auditBefore);
    expect(written.map((row) => row.entity_type).sort()).toEqual(['groupMembership', 'groupMembership', 'groupWaitlistEntry', 'resident']);
    expect(written.every((row) => row.resident_id === rosa.id)).toBe(true);
  });

  test('when the discharge fails, the memberships it ended are rolled back with it', async () => {
    const group = await newGroup();
    const rosa = await admit('Rosa');
    await t.must('admin', 'groups.enrol', { groupId: group.id, residentId: rosa.id, joinedOn: '2026-11-23' });
    const { dataSource, clock, settings } = t.core.services;
    const groups = new GroupsService(dataSource, clock, settings);
    // A later step of the same discharge fails after the memberships were ended.
    const residents = new ResidentsService(dataSource, clock, settings, [
      (manager, { residentId, dischargeDate }, actor) => groups.endForDischargeIn(manager, residentId, dischargeDate, actor),
      () => Promise.reject(new Error('a later step of the discharge failed')),
    ]);
    const auditBefore = (await auditRows(t)).length;
    await expect(t.core.runTask(() => residents.discharge({ id: rosa.id, expectedVersion: rosa.version, dischargeDate: '2026-11-23', reason: 'program_completed', note: null }, null))).rejects.toThrow(/later step/);

    const detail = await t.must('admin', 'groups.get', { id: group.id });
    expect(detail.roster.map((m) => [m.residentId, m.leftOn])).toEqual([[rosa.id, null]]);
    expect((await auditRows(t)).length).toBe(auditBefore);
    const [stored] = await dataSource.query<Array<{ status: string }>>('SELECT status FROM residents WHERE id = ?', [rosa.id]);
    expect(stored.status).toBe('admitted');
  });
});

describe('record-scoped permissions through the dispatcher: two facilitators', () => {
  test("a facilitator sees and changes only the groups they facilitate; another's group answers as if it did not exist", async () => {
    const ana = await t.signInAs('ana', ['facilitator'], 'Ana');
    const ben = await t.signInAs('ben', ['facilitator'], 'Ben');
    const coLead = await t.signInAs('colead', ['peer_support_specialist'], 'Cora');
    const groupOfAna = await newGroup({ name: 'Ana group', facilitators: [{ staffId: ana.staffId, role: 'facilitator' }, { staffId: coLead.staffId, role: 'coFacilitator' }] });
    const groupOfBen = await newGroup({ name: 'Ben group', facilitators: [{ staffId: ben.staffId, role: 'facilitator' }] });
    const resident = await admit('Alice');

    expect((await t.must('ana', 'groups.list', {})).map((g) => g.name)).toEqual(['Ana group']);
    expect((await t.must('ben', 'groups.list', {})).map((g) => g.name)).toEqual(['Ben group']);
    expect((await t.must('colead', 'groups.list', {})).map((g) => g.name)).toEqual(['Ana group']);
    expect((await t.must('admin', 'groups.list', {})).map((g) => g.name)).toEqual(['Ana group', 'Ben group']);

    expect(errorOf(await t.call('ana', 'groups.get', { id: groupOfBen.id }))).toMatchObject({ code: 'not_found', messageKey: 'problems.groups.notFound' });
    const intoBens = await expectNothingWritten(t, () => t.call('ana', 'groups.enrol', { groupId: groupOfBen.id, residentId: resident.id, joinedOn: '2026-11-23' }));
    expect(errorOf(intoBens).code).toBe('not_found');

    const own = await t.must('ana', 'groups.enrol', { groupId: groupOfAna.id, residentId: resident.id, joinedOn: '2026-11-23' });
    expect(own.group.mayChangeRoster).toBe(true);
    expect(own.group.mayManage).toBe(false);
    const [membership] = own.group.roster;
    const leaveByBen = await expectNothingWritten(t, () => t.call('ben', 'groups.leave', { membershipId: membership.id, leftOn: '2026-11-23', reason: 'completed', note: '' }));
    expect(errorOf(leaveByBen).code).toBe('not_found');
    // Editing a group is for those who manage groups, whatever group it is.
    const edit = await t.call('ana', 'groups.update', { id: groupOfAna.id, expectedVersion: 1, active: true, name: 'Renamed', kind: 'discussion', focus: '', capacity: 5, openEnrolment: true, facilitators: [{ staffId: ana.staffId, role: 'facilitator' }] });
    expect(errorOf(edit).code).toBe('forbidden');
  });
});
