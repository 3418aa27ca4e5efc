import { DEFAULT_SETTINGS } from '../../electron/core/settings/settings-service';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { InputOf } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { updateWithVersion } from '../../electron/core/persistence/versioned-update';
import { ResidentEntity } from '../../electron/core/residents/resident.entity';
import { expectNothingWritten } from '../support/db-snapshot';
import { admission, errorOf, startTestCore, versionOf, type TestCore } from '../support/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
});
afterEach(() => t.dispose());

const detailsOf = (overrides: Partial<InputOf<'residents.update'>> & { id: string; expectedVersion: number }): InputOf<'residents.update'> => {
  const { admissionDate: _admissionDate, confirmNotDuplicate: _confirm, ...details } = admission();
  return { ...details, ...overrides };
};

async function newColleagueWithAccount() {
  const member = await t.must('admin', 'staff.create', { firstName: 'Colleen', lastName: 'Colleague', roles: ['facilitator'], email: '', phone: '' });
  const account = await t.must('admin', 'accounts.create', { staffId: member.id, username: 'colleen', temporaryPassword: 'temporary pass 1' });
  return { member, account };
}

/**
 * Each case: two people opened the same record at version `loaded`; the first one's change is
 * saved; the second one's, made from the same copy, must be refused. Discharge and readmit are
 * edits too.
 */
interface StaleCase {
  /** Makes the record, saves the first person's change and returns the second person's attempt. */
  prepare(): Promise<{ loaded: number; second: () => Promise<Result<unknown>> }>;
}

const cases: Record<string, StaleCase> = {
  'a resident edit': {
    async prepare() {
      const resident = await t.must('admin', 'residents.admit', admission());
      await t.must('admin', 'residents.update', detailsOf({ id: resident.id, expectedVersion: resident.version, room: '201' }));
      return { loaded: resident.version, second: () => t.call('admin', 'residents.update', detailsOf({ id: resident.id, expectedVersion: resident.version, room: '305' })) };
    },
  },
  'a discharge': {
    async prepare() {
      const resident = await t.must('admin', 'residents.admit', admission());
      await t.must('admin', 'residents.update', detailsOf({ id: resident.id, expectedVersion: resident.version, room: '201' }));
      return { loaded: resident.version, second: () => t.call('admin', 'residents.discharge', { id: resident.id, expectedVersion: resident.version, dischargeDate: '2026-11-20', reason: 'program_completed', note: '' }) };
    },
  },
  'a readmission': {
    async prepare() {
      const admitted = await t.must('admin', 'residents.admit', admission());
      const discharged = await t.must('admin', 'residents.discharge', { id: admitted.id, expectedVersion: admitted.version, dischargeDate: '2026-11-10', reason: 'transferred', note: '' });
      await t.must('admin', 'residents.update', detailsOf({ id: admitted.id, expectedVersion: discharged.version, room: '201' }));
      return { loaded: discharged.version, second: () => t.call('admin', 'residents.readmit', { id: admitted.id, expectedVersion: discharged.version, admissionDate: '2026-11-20', program: 'residential', note: '' }) };
    },
  },
  'a staff member edit': {
    async prepare() {
      const { member } = await newColleagueWithAccount();
      const edit = (lastName: string) => ({ id: member.id, expectedVersion: member.version, firstName: 'Colleen', lastName, roles: member.roles, email: '', phone: '' });
      await t.must('admin', 'staff.update', edit('Collins'));
      return { loaded: member.version, second: () => t.call('admin', 'staff.update', edit('Colson')) };
    },
  },
  'deactivating a staff member': {
    async prepare() {
      const { member } = await newColleagueWithAccount();
      await t.must('admin', 'staff.update', { id: member.id, expectedVersion: member.version, firstName: 'Colleen', lastName: 'Collins', roles: member.roles, email: '', phone: '' });
      return { loaded: member.version, second: () => t.call('admin', 'staff.setActive', { id: member.id, expectedVersion: member.version, active: false }) };
    },
  },
  'resetting an account password': {
    async prepare() {
      const { account } = await newColleagueWithAccount();
      await t.must('admin', 'accounts.resetPassword', { accountId: account.id, expectedVersion: account.version, temporaryPassword: 'temporary pass 2' });
      return { loaded: account.version, second: () => t.call('admin', 'accounts.resetPassword', { accountId: account.id, expectedVersion: account.version, temporaryPassword: 'temporary pass 3' }) };
    },
  },
  'deactivating an account': {
    async prepare() {
      const { account } = await newColleagueWithAccount();
      await t.must('admin', 'accounts.resetPassword', { accountId: account.id, expectedVersion: account.version, temporaryPassword: 'temporary pass 2' });
      return { loaded: account.version, second: () => t.call('admin', 'accounts.setActive', { accountId: account.id, expectedVersion: account.version, active: false }) };
    },
  },
  'the centre settings': {
    async prepare() {
      const settings = await t.must('admin', 'settings.get', {});
      await t.must('admin', 'settings.update', { ...DEFAULT_SETTINGS, idleLockMinutes: 15, timeZone: settings.timeZone, expectedVersion: settings.version });
      // The second person changes another field: still refused, or the first one's 15 would be put back to 10.
      return { loaded: settings.version, second: () => t.call('admin', 'settings.update', { ...DEFAULT_SETTINGS, idleLockMinutes: 10, timeZone: 'Europe/Paris', expectedVersion: settings.version }) };
    },
  },
};

describe('a change made from an older copy of the record than the stored one', () => {
  test.each(Object.keys(cases))('%s is refused with both versions, and nothing is written (no audit row either)', async (name) => {
    const { loaded, second } = await cases[name].prepare();
    const refused = await expectNothingWritten(t, second);
    expect(errorOf(refused)).toMatchObject({
      code: 'conflict',
      messageKey: 'problems.staleRecord',
      details: { expectedVersion: loaded, currentVersion: loaded + 1 },
      messageParams: { expectedVersion: loaded, currentVersion: loaded + 1 },
    });
  });
});

describe('versions', () => {
  test('start at 1 and rise by one with every saved change, whoever makes it', async () => {
    const resident = await t.must('admin', 'residents.admit', admission());
    expect(resident.version).toBe(1);
    const edited = await t.must('admin', 'residents.update', detailsOf({ id: resident.id, expectedVersion: 1, room: '201' }));
    expect(edited.version).toBe(2);
    const discharged = await t.must('admin', 'residents.discharge', { id: resident.id, expectedVersion: 2, dischargeDate: '2026-11-20', reason: 'program_completed', note: '' });
    expect(discharged.version).toBe(3);
    expect((await t.must('admin', 'residents.readmit', { id: resident.id, expectedVersion: 3, admissionDate: '2026-11-21', program: 'outpatient', note: '' })).version).toBe(4);

    const { member, account } = await newColleagueWithAccount();
    expect([member.version, account.version]).toEqual([1, 1]);
    expect((await t.must('admin', 'staff.setActive', { id: member.id, expectedVersion: 1, active: false })).version).toBe(2);
    expect((await t.must('admin', 'accounts.setActive', { accountId: account.id, expectedVersion: 1, active: false })).version).toBe(2);
    expect((await t.must('admin', 'settings.update', { ...DEFAULT_SETTINGS, idleLockMinutes: 20, timeZone: 'America/Toronto', expectedVersion: 1 })).version).toBe(2);
  });

  test('a save that changes nothing keeps the version, and a sign-in does not make an account stale', async () => {
    const resident = await t.must('admin', 'residents.admit', admission());
    const same = await expectNothingWritten(t, () => t.must('admin', 'residents.update', detailsOf({ id: resident.id, expectedVersion: 1 })));
    expect(same.version).toBe(1);
    const { account } = await newColleagueWithAccount();
    await t.must('colleen-window', 'auth.signIn', { username: 'colleen', password: 'temporary pass 1' });
    expect(await versionOf(t, 'accounts', account.id)).toBe(1);
  });

  test('a person changing their own password makes an administrator’s reset from the older list stale', async () => {
    const { account } = await newColleagueWithAccount();
    await t.must('colleen-window', 'auth.signIn', { username: 'colleen', password: 'temporary pass 1' });
    await t.must('colleen-window', 'auth.changePassword', { currentPassword: 'temporary pass 1', newPassword: 'my own pass phrase' });
    const reset = await t.call('admin', 'accounts.resetPassword', { accountId: account.id, expectedVersion: account.version, temporaryPassword: 'temporary pass 2' });
    expect(errorOf(reset)).toMatchObject({ code: 'conflict', messageKey: 'problems.staleRecord', details: { expectedVersion: 1, currentVersion: 2 } });
  });

  test('the guarded update itself refuses a stale version, even when nothing checked it before (the row count decides)', async () => {
    const resident = await t.must('admin', 'residents.admit', admission());
    const manager = t.core.services.dataSource.manager;
    expect(await updateWithVersion(manager, ResidentEntity, resident.id, 1, { room: '201' })).toBe(2);
    await expect(updateWithVersion(manager, ResidentEntity, resident.id, 1, { room: '305' })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'problems.staleRecord',
      details: { expectedVersion: 1, currentVersion: 2 },
    });
    const rows = await t.core.services.dataSource.query<unknown[]>('SELECT room, version FROM residents WHERE id = ?', [resident.id]);
    expect(rows).toEqual([{ room: '201', version: 2 }]);
  });

  test('a version that is not a positive whole number is refused as invalid input, naming the field', async () => {
    const resident = await t.must('admin', 'residents.admit', admission());
    for (const expectedVersion of ['1', 0, -1, 1.5, null]) {
      const result = await expectNothingWritten(t, () => t.call('admin', 'residents.discharge', { id: resident.id, expectedVersion: expectedVersion as never, dischargeDate: '2026-11-20', reason: 'program_completed', note: '' }));
      expect(errorOf(result)).toMatchObject({ code: 'validation', fieldErrors: { expectedVersion: ['validation.version'] } });
    }
  });
});
