import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { snapshotDatabase } from '../support/db-snapshot';
import { ADMIN_PASSWORD, admission, errorOf, STAFF_PASSWORD, startTestCore, versionOf, type TestCore } from '../support/test-core';

// What confidentiality asks beyond the permission matrix: who sees what in the audit trail, what
// the database keeps of mistyped secrets, and who can read the file itself.

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
});
afterEach(() => t.dispose());

describe('the audit trail, read by an administrator without access to the register', () => {
  test('shows who changed a resident and when, but not the resident’s details or a break-glass reason', async () => {
    const resident = await t.must('admin', 'residents.admit', admission({ emergencyContactPhone: '819-555-0177' }));
    const { admissionDate: _admissionDate, confirmNotDuplicate: _confirm, ...details } = admission({ emergencyContactPhone: '819-555-0177' });
    await t.must('admin', 'residents.update', { ...details, id: resident.id, expectedVersion: await versionOf(t, 'residents', resident.id), lastName: 'Secretname' });
    const itAdmin = await t.signInAs('it', ['administrator']);
    await t.must('it', 'residents.openWithBreakGlass', { reason: 'Resident collapsed; paramedics need the contact.', name: 'eloise', dateOfBirth: '1990-04-12' });

    const seenByAdmin = (await t.must('it', 'audit.list', { residentId: resident.id })).rows;
    expect(seenByAdmin.length).toBeGreaterThan(2);
    for (const row of seenByAdmin) expect(row.details).toEqual({});
    expect(JSON.stringify(seenByAdmin)).not.toContain('Secretname');
    // Another administrator reviews the opening: the row, without the reason.
    await t.signInAs('it2', ['administrator']);
    const reviewedByAdmin = await t.must('it2', 'audit.breakGlassReview', {});
    expect(reviewedByAdmin).toHaveLength(1);
    expect(JSON.stringify(reviewedByAdmin)).not.toContain('paramedics');
    // Their own sign-in, which concerns no resident, keeps its details.
    expect((await t.must('it', 'audit.list', { actorStaffId: itAdmin.staffId, action: 'auth.signIn' })).rows[0]).toBeDefined();

    // A manager (who may read the register) sees everything.
    const seenByManager = await t.must('admin', 'audit.list', { residentId: resident.id });
    expect(JSON.stringify(seenByManager)).toContain('Secretname');
    expect(JSON.stringify(await t.must('admin', 'audit.breakGlassReview', {}))).toContain('paramedics');
  });
});

describe('what the database keeps of a failed sign-in', () => {
  test('never the text typed as a user name that is no account (it may be a password)', async () => {
    const typed = 'my secret passphrase 123';
    for (let i = 0; i < 6; i += 1) await t.call('x', 'auth.signIn', { username: typed, password: 'whatever' });
    const everything = JSON.stringify(await snapshotDatabase(t));
    expect(everything).not.toContain(typed);
    const failures = (await t.must('admin', 'audit.list', { action: 'auth.signInFailed' })).rows;
    expect(failures[0].details).toMatchObject({ username: null, unknownUserName: true });
  });

  test('the user name of a real account, so an administrator can see who is being targeted', async () => {
    await t.call('x', 'auth.signIn', { username: 'ada', password: 'not the password' });
    expect((await t.must('admin', 'audit.list', { action: 'auth.signInFailed' })).rows[0].details).toMatchObject({ username: 'ada' });
  });
});

describe('changing one’s own password', () => {
  test('is throttled and audited like a sign-in when the current password is wrong', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect(errorOf(await t.call('admin', 'auth.changePassword', { currentPassword: `guess ${i}`, newPassword: 'a brand new password' })).code).toBe('validation');
    }
    const throttled = errorOf(await t.call('admin', 'auth.changePassword', { currentPassword: ADMIN_PASSWORD, newPassword: 'a brand new password' }));
    expect(throttled).toMatchObject({ code: 'unauthenticated', messageKey: 'problems.throttled' });
    const failures = (await t.must('admin', 'audit.list', { action: 'auth.signInFailed' })).rows;
    expect(failures).toHaveLength(5);
  });

  test('ends the person’s sessions in other windows, not in this one', async () => {
    const person = await t.signInAs('desk', ['counsellor']);
    await t.must('laptop', 'auth.signIn', { username: person.username, password: STAFF_PASSWORD });
    await t.must('desk', 'auth.changePassword', { currentPassword: STAFF_PASSWORD, newPassword: 'a brand new password' });
    expect(await t.must('laptop', 'auth.session', {})).toBeNull();
    expect(await t.must('desk', 'auth.session', {})).toMatchObject({ username: person.username });
  });
});

describe('roles', () => {
  test('nobody changes their own roles: an administrator cannot give themselves access to the register', async () => {
    const itAdmin = await t.signInAs('it', ['administrator']);
    const result = await t.call('it', 'staff.update', {
      id: itAdmin.staffId,
      expectedVersion: await versionOf(t, 'staff_members', itAdmin.staffId),
      firstName: 'Iris',
      lastName: 'Admin',
      roles: ['administrator', 'counsellor'],
      email: '',
      phone: '',
    });
    expect(errorOf(result)).toMatchObject({ code: 'conflict', messageKey: 'problems.selfRoleChange' });
    expect(errorOf(await t.call('it', 'residents.list', {})).code).toBe('forbidden');
  });
});

test('the database file and its folder can be read by their owner only', () => {
  if (process.platform === 'win32') return;
  expect(statSync(t.dataDir).mode & 0o777).toBe(0o700);
  expect(statSync(join(t.dataDir, 'hearth.sqlite')).mode & 0o777).toBe(0o600);
});
