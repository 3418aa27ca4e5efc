import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { auditRows, expectNothingWritten } from '../support/db-snapshot';
import { ADMIN_PASSWORD, admission, errorOf, startTestCore, STAFF_PASSWORD, type TestCore } from '../support/test-core';

// The test clock starts on Monday 23 November 2026, 10:00 in Toronto; the gap is 14 days unless set.

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
});
afterEach(() => t.dispose());

let people = 0;
async function admit(firstName: string) {
  people += 1;
  return t.must('admin', 'residents.admit', admission({ firstName, lastName: `Resident${people}`, dateOfBirth: '1990-01-01', admissionDate: '2026-11-02' }));
}
/** Moves the clock to 10:00 in Toronto on `date` and unlocks the sessions the jump idled out. */
async function goTo(date: string, channels: Record<string, string> = {}): Promise<void> {
  t.clock.set(`${date}T15:00:00.000Z`);
  await t.must('admin', 'auth.unlock', { password: ADMIN_PASSWORD });
  for (const channel of Object.keys(channels)) await t.must(channel, 'auth.unlock', { password: STAFF_PASSWORD });
}
const flagOf = async (pairId: string, channel = 'admin') => {
  const pair = await t.must(channel, 'mentoring.getPair', { id: pairId });
  return [pair.daysWithoutMeeting, pair.flagged];
};

describe('gap flags', () => {
  test('a pair is flagged once its last meeting (or its start) is the configured number of days ago', async () => {
    const mentor = await t.signInAs('mentor', ['peer_support_specialist'], 'Petra');
    const resident = await admit('Alice');
    const pair = await t.must('admin', 'mentoring.createPair', { mentorStaffId: mentor.staffId, residentId: resident.id, startsOn: '2026-11-09' });
    // 9 Nov to 23 Nov: 14 days without a meeting.
    expect(await flagOf(pair.id)).toEqual([14, true]);
    await t.must('mentor', 'mentoring.logMeeting', { pairId: pair.id, heldOn: '2026-11-20', durationMinutes: 30, topics: ['sleep'], privateNote: '' });
    expect(await flagOf(pair.id)).toEqual([3, false]);

    await goTo('2026-12-03', { mentor: '' });
    expect(await flagOf(pair.id)).toEqual([13, false]);
    await goTo('2026-12-04', { mentor: '' });
    expect(await flagOf(pair.id)).toEqual([14, true]);
    expect((await t.must('mentor', 'mentoring.listPairs', { flaggedOnly: true })).map((p) => p.id)).toEqual([pair.id]);

    const settings = await t.must('admin', 'settings.get', {});
    const { version, ...current } = settings;
    await t.must('admin', 'settings.update', { ...current, mentoringGapDays: 15, expectedVersion: version });
    expect(await flagOf(pair.id)).toEqual([14, false]);
    expect(await t.must('mentor', 'mentoring.listPairs', { flaggedOnly: true })).toEqual([]);

    // An ended pair is never flagged.
    await goTo('2026-12-10', { mentor: '' });
    const ended = await t.must('admin', 'mentoring.endPair', { id: pair.id, expectedVersion: pair.version, endsOn: '2026-12-10', reason: 'Moved to outpatient care' });
    expect([ended.daysWithoutMeeting, ended.flagged]).toEqual([20, false]);
  });
});

describe('record-scoped permissions through the dispatcher: two peer support specialists', () => {
  test("a peer support specialist sees and logs only their own pairs; another's pair answers as if it did not exist", async () => {
    const petra = await t.signInAs('petra', ['peer_support_specialist'], 'Petra');
    const quinn = await t.signInAs('quinn', ['peer_support_specialist'], 'Quinn');
    const alice = await admit('Alice');
    const bruno = await admit('Bruno');
    const petrasPair = await t.must('admin', 'mentoring.createPair', { mentorStaffId: petra.staffId, residentId: alice.id, startsOn: '2026-11-10' });
    const quinnsPair = await t.must('admin', 'mentoring.createPair', { mentorStaffId: quinn.staffId, residentId: bruno.id, startsOn: '2026-11-10' });

    expect((await t.must('petra', 'mentoring.listPairs', {})).map((p) => p.id)).toEqual([petrasPair.id]);
    expect((await t.must('quinn', 'mentoring.listPairs', {})).map((p) => p.id)).toEqual([quinnsPair.id]);
    expect((await t.must('admin', 'mentoring.listPairs', {})).map((p) => p.id).sort()).toEqual([petrasPair.id, quinnsPair.id].sort());

    expect(errorOf(await t.call('petra', 'mentoring.getPair', { id: quinnsPair.id }))).toMatchObject({ code: 'not_found', messageKey: 'problems.mentoring.pairNotFound' });
    const intoQuinns = await expectNothingWritten(t, () => t.call('petra', 'mentoring.logMeeting', { pairId: quinnsPair.id, heldOn: '2026-11-20', durationMinutes: 30, topics: [], privateNote: '' }));
    expect(errorOf(intoQuinns).code).toBe('not_found');
    // Pairing and ending are for clinical staff.
    expect(errorOf(await t.call('petra', 'mentoring.endPair', { id: petrasPair.id, expectedVersion: 1, endsOn: '2026-11-23', reason: 'Done' })).code).toBe('forbidden');
  });

  test('a private note is returned only to the mentor and clinical staff, and never written to the audit trail', async () => {
    const petra = await t.signInAs('petra', ['peer_support_specialist'], 'Petra');
    await t.signInAs('counsellor', ['counsellor'], 'Cole');
    await t.signInAs('facilitator', ['facilitator'], 'Fay');
    await t.signInAs('petra-too', ['peer_support_specialist', 'facilitator'], 'Pam');
    const alice = await admit('Alice');
    const pair = await t.must('admin', 'mentoring.createPair', { mentorStaffId: petra.staffId, residentId: alice.id, startsOn: '2026-11-10' });
    const logged = await t.must('petra', 'mentoring.logMeeting', { pairId: pair.id, heldOn: '2026-11-20', durationMinutes: 45, topics: ['family visit', 'cravings'], privateNote: 'Worried about the weekend pass.' });
    expect(logged.meetings[0]).toMatchObject({ topics: ['family visit', 'cravings'], privateNote: 'Worried about the weekend pass.', privateNoteHidden: false });

    for (const channel of ['petra', 'counsellor', 'admin']) {
      expect((await t.must(channel, 'mentoring.getPair', { id: pair.id })).meetings[0].privateNote).toBe('Worried about the weekend pass.');
    }
    expect(errorOf(await t.call('facilitator', 'mentoring.getPair', { id: pair.id })).code).toBe('forbidden');
    expect(errorOf(await t.call('petra-too', 'mentoring.getPair', { id: pair.id })).code).toBe('not_found');
    const meetingRows = (await auditRows(t)).filter((row) => row.entity_type === 'mentoringMeeting');
    expect(meetingRows).toHaveLength(1);
    expect(JSON.stringify(meetingRows[0].details)).not.toContain('weekend pass');
    expect(meetingRows[0].details).toMatchObject({ hasPrivateNote: true });
  });
});

describe('pairs', () => {
  test('the mentor must be a peer support specialist, and a discharge ends the pair on its date', async () => {
    const notPeer = await t.must('admin', 'staff.create', { firstName: 'Fay', lastName: 'Facilitator', roles: ['facilitator'], email: '', phone: '' });
    const peer = await t.must('admin', 'staff.create', { firstName: 'Petra', lastName: 'Peer', roles: ['peer_support_specialist'], email: '', phone: '' });
    const alice = await admit('Alice');
    const refused = await expectNothingWritten(t, () => t.call('admin', 'mentoring.createPair', { mentorStaffId: notPeer.id, residentId: alice.id, startsOn: '2026-11-10' }));
    expect(errorOf(refused).fieldErrors).toEqual({ mentorStaffId: ['validation.mentorMustBePeerSupport'] });
    const pair = await t.must('admin', 'mentoring.createPair', { mentorStaffId: peer.id, residentId: alice.id, startsOn: '2026-11-10' });
    expect(errorOf(await t.call('admin', 'mentoring.createPair', { mentorStaffId: peer.id, residentId: alice.id, startsOn: '2026-11-12' })).messageKey).toBe('problems.mentoring.alreadyPaired');

    await t.must('admin', 'residents.discharge', { id: alice.id, expectedVersion: alice.version, dischargeDate: '2026-11-22', reason: 'transferred', note: '' });
    const after = await t.must('admin', 'mentoring.getPair', { id: pair.id });
    expect([after.endsOn, after.endReason, after.flagged]).toEqual(['2026-11-22', 'Resident discharged', false]);
    expect(await t.must('admin', 'mentoring.listPairs', {})).toEqual([]);
  });
});
