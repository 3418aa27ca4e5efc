import { DEFAULT_SETTINGS } from '../../electron/core/settings/settings-service';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, onTestFinished, test } from 'vitest';
import { IDLE_GRACE_MS, SIGN_IN_FAILED } from '../../electron/core/auth/auth-service';
import type { AuditAction } from '../../shared/contract/audit';
import { countRows, expectNothingWritten, snapshotDatabase } from '../support/db-snapshot';
import { ADMIN_PASSWORD, errorOf, STAFF_PASSWORD, startTestCore, type TestCore, versionOf } from '../support/test-core';

let t: TestCore;
afterEach(() => t.dispose());

const signIn = (channel: string, username: string, password: string) => t.call(channel, 'auth.signIn', { username, password });

describe('setting up the first administrator', () => {
  beforeEach(async () => {
    t = await startTestCore({ setUpAdmin: false });
  });

  test('works once, signs the person in, and is refused with a conflict afterwards', async () => {
    expect((await t.must('a', 'system.status', {})).needsFirstAdministrator).toBe(true);
    const session = await t.must('a', 'auth.setUpFirstAdministrator', { firstName: 'Ada', lastName: 'Admin', username: 'Ada', password: ADMIN_PASSWORD });
    expect(session).toMatchObject({ username: 'ada', roles: ['administrator', 'manager'], locked: false, mustChangePassword: false });
    expect((await t.must('b', 'system.status', {})).needsFirstAdministrator).toBe(false);

    const again = await expectNothingWritten(t, () => t.call('b', 'auth.setUpFirstAdministrator', { firstName: 'Eve', lastName: 'Intruder', username: 'eve', password: 'another long password' }));
    expect(errorOf(again).code).toBe('conflict');
    expect(await t.must('b', 'auth.session', {})).toBeNull();
  });

  test('can make an administrator who is not also a manager', async () => {
    const session = await t.must('a', 'auth.setUpFirstAdministrator', { firstName: 'Ada', lastName: 'Admin', username: 'ada', password: ADMIN_PASSWORD, alsoManager: false });
    expect(session.roles).toEqual(['administrator']);
  });
});

describe('signing in', () => {
  beforeEach(async () => {
    t = await startTestCore();
  });

  test('with the right password starts a session with the person’s roles and permissions', async () => {
    const session = await t.must('w', 'auth.signIn', { username: '  ADA ', password: ADMIN_PASSWORD });
    expect(session).toMatchObject({ username: 'ada', displayName: 'Ada Admin', roles: ['administrator', 'manager'], locked: false, mustChangePassword: false, idleLockSeconds: 600 });
    expect(session.permissions).toEqual(expect.arrayContaining(['residents.read', 'accounts.manage', 'audit.read']));
    expect(await t.must('w', 'auth.session', {})).toEqual(session);
  });

  test('gives the same answer for a wrong password, an unknown name and a deactivated account', async () => {
    const colleague = await t.signInAs('c', ['counsellor']);
    const accounts = await t.must('admin', 'accounts.list', {});
    await t.must('admin', 'accounts.setActive', { accountId: accounts.find((a) => a.username === colleague.username)!.id, expectedVersion: await versionOf(t, 'accounts', accounts.find((a) => a.username === colleague.username)!.id), active: false });
    const inactiveStaff = await t.signInAs('d', ['facilitator']);
    await t.must('admin', 'staff.setActive', { id: inactiveStaff.staffId, expectedVersion: await versionOf(t, 'staff_members', inactiveStaff.staffId), active: false });

    const answers = [
      errorOf(await signIn('x', 'ada', 'not the password')),
      errorOf(await signIn('x', 'nobody', ADMIN_PASSWORD)),
      errorOf(await signIn('x', colleague.username, STAFF_PASSWORD)),
      errorOf(await signIn('x', inactiveStaff.username, STAFF_PASSWORD)),
    ];
    expect(answers[0]).toEqual({ code: 'unauthenticated', message: SIGN_IN_FAILED, messageKey: 'problems.signInFailed', details: { reason: 'signInFailed' } });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(await t.must('x', 'auth.session', {})).toBeNull();
  });

  test('after five failures makes even the right password wait, 30 s then 60 s, until a success resets the count', async () => {
    for (let i = 0; i < 5; i += 1) expect(errorOf(await signIn('x', 'ada', `wrong ${i}`)).details).toEqual({ reason: 'signInFailed' });

    expect(errorOf(await signIn('x', 'ada', ADMIN_PASSWORD))).toMatchObject({ code: 'unauthenticated', details: { reason: 'throttled', waitSeconds: 30 } });
    t.clock.advance(29_000);
    expect(errorOf(await signIn('x', 'ada', ADMIN_PASSWORD)).details).toEqual({ reason: 'throttled', waitSeconds: 1 });

    t.clock.advance(1_000); // the wait is over; one more failure doubles it
    expect(errorOf(await signIn('x', 'ada', 'wrong again')).details).toEqual({ reason: 'signInFailed' });
    expect(errorOf(await signIn('x', 'ada', ADMIN_PASSWORD)).details).toEqual({ reason: 'throttled', waitSeconds: 60 });
    t.clock.advance(60_000);
    expect(errorOf(await signIn('x', 'ada', 'and again')).details).toEqual({ reason: 'signInFailed' });
    expect(errorOf(await signIn('x', 'ada', ADMIN_PASSWORD)).details).toEqual({ reason: 'throttled', waitSeconds: 120 });

    t.clock.advance(120_000);
    await t.must('x', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
    expect(await countRows(t, 'sign_in_throttle')).toBe(0);
    // The count starts again from zero: five more free attempts.
    for (let i = 0; i < 5; i += 1) expect(errorOf(await signIn('y', 'ada', `wrong ${i}`)).details).toEqual({ reason: 'signInFailed' });
    expect(errorOf(await signIn('y', 'ada', ADMIN_PASSWORD)).details).toMatchObject({ reason: 'throttled' });
  });

  test('throttles a name that does not exist exactly like a real one', async () => {
    const attempts = async (username: string, password: string) => {
      const answers = [];
      for (let i = 0; i < 6; i += 1) answers.push(errorOf(await signIn('x', username, i === 5 ? password : `wrong ${i}`)));
      return answers;
    };
    const real = await attempts('ada', ADMIN_PASSWORD);
    const made_up = await attempts('no.such.person', ADMIN_PASSWORD);
    expect(made_up).toEqual(real);
    expect(real[5].details).toMatchObject({ reason: 'throttled', waitSeconds: 30 });
  });

  test('never stores or records a password in clear; stored hashes are scrypt', async () => {
    const typed = ['a mistyped password 1', 'temporary pass 1', STAFF_PASSWORD, ADMIN_PASSWORD];
    await signIn('x', 'ada', typed[0]);
    await signIn('x', 'nobody', typed[0]);
    const colleague = await t.signInAs('c', ['counsellor']);
    await t.must('c', 'auth.lock', {});
    await t.call('c', 'auth.unlock', { password: typed[0] });
    await t.must('c', 'auth.unlock', { password: STAFF_PASSWORD });
    await t.must('admin', 'accounts.resetPassword', { accountId: colleague.accountId, expectedVersion: await versionOf(t, 'accounts', colleague.accountId), temporaryPassword: 'another temporary 7' });
    typed.push('another temporary 7');

    const everything = JSON.stringify(await snapshotDatabase(t));
    for (const password of typed) expect(everything).not.toContain(password);
    await t.core.close(); // flush the write-ahead log into the file, then read the raw bytes too
    for (const file of readdirSync(t.dataDir)) {
      const bytes = readFileSync(join(t.dataDir, file));
      for (const password of typed) expect(bytes.includes(Buffer.from(password)), `${password} in ${file}`).toBe(false);
    }
    const dataDir = t.dataDir;
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true })); // after afterEach's dispose
    t = await startTestCore({ dataDir, setUpAdmin: false });
    const hashes = await t.core.services.dataSource.query<Array<{ password_hash: string }>>('SELECT password_hash FROM accounts');
    expect(hashes.length).toBe(2);
    for (const { password_hash } of hashes) expect(password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  });
});

describe('the idle lock', () => {
  beforeEach(async () => {
    t = await startTestCore();
  });
  const idleMs = async () => (await t.must('admin', 'auth.session', {}))!.idleLockSeconds * 1000 + IDLE_GRACE_MS;

  test('locks the session after the idle delay (plus the core’s grace); unlocking needs the right password', async () => {
    const limit = await idleMs();
    t.clock.advance(limit);
    await t.must('admin', 'residents.list', {}); // exactly at the limit: still open, and this counts as activity
    t.clock.advance(limit + 1);
    expect(errorOf(await t.call('admin', 'residents.list', {}))).toMatchObject({ code: 'unauthenticated', details: { reason: 'locked' } });
    expect((await t.must('admin', 'auth.session', {}))?.locked).toBe(true);

    expect(errorOf(await t.call('admin', 'auth.unlock', { password: 'not it at all' }))).toMatchObject({ code: 'unauthenticated', details: { reason: 'wrongPassword' } });
    expect(errorOf(await t.call('admin', 'residents.list', {})).details).toEqual({ reason: 'locked' });
    expect((await t.must('admin', 'auth.unlock', { password: ADMIN_PASSWORD })).locked).toBe(false);
    await t.must('admin', 'residents.list', {});
  });

  test('"still here" signals keep the session open; polling the session does not', async () => {
    const limit = await idleMs();
    for (let i = 0; i < 3; i += 1) {
      t.clock.advance(limit - 1000);
      await t.must('admin', 'auth.stillHere', {});
    }
    await t.must('admin', 'residents.list', {});

    t.clock.advance(limit - 1000);
    await t.must('admin', 'auth.session', {});
    t.clock.advance(2000);
    expect(errorOf(await t.call('admin', 'residents.list', {})).details).toEqual({ reason: 'locked' });
  });

  test('follows the centre’s idle-lock setting', async () => {
    await t.must('admin', 'settings.update', { ...DEFAULT_SETTINGS, expectedVersion: await versionOf(t, 'centre_settings', 'centre'), idleLockMinutes: 1, timeZone: 'America/Toronto' });
    t.clock.advance(60_000 + IDLE_GRACE_MS + 1);
    expect(errorOf(await t.call('admin', 'residents.list', {})).details).toEqual({ reason: 'locked' });
  });
});

describe('ending sessions', () => {
  beforeEach(async () => {
    t = await startTestCore();
  });

  test('signing out ends the session of that window only', async () => {
    await t.must('second-window', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
    expect(await t.must('admin', 'auth.signOut', {})).toBeNull();
    expect(await t.must('admin', 'auth.session', {})).toBeNull();
    expect(errorOf(await t.call('admin', 'residents.list', {})).code).toBe('unauthenticated');
    await t.must('second-window', 'residents.list', {});
  });

  test('a password reset ends the person’s sessions and makes them choose a new password', async () => {
    const person = await t.signInAs('p', ['counsellor']);
    await t.must('p2', 'auth.signIn', { username: person.username, password: STAFF_PASSWORD });
    const account = await t.must('admin', 'accounts.resetPassword', { accountId: person.accountId, expectedVersion: await versionOf(t, 'accounts', person.accountId), temporaryPassword: 'temporary pass 5' });
    expect(account.mustChangePassword).toBe(true);

    for (const channel of ['p', 'p2']) {
      expect(await t.must(channel, 'auth.session', {})).toBeNull();
      expect(errorOf(await t.call(channel, 'residents.list', {})).code).toBe('unauthenticated');
    }
    expect(errorOf(await signIn('p', person.username, STAFF_PASSWORD)).message).toBe(SIGN_IN_FAILED);
    expect((await t.must('p', 'auth.signIn', { username: person.username, password: 'temporary pass 5' })).mustChangePassword).toBe(true);
    expect(errorOf(await t.call('p', 'residents.list', {}))).toMatchObject({ code: 'forbidden', details: { reason: 'mustChangePassword' } });

    // The temporary password is not accepted as the new one, nor is a wrong current password.
    expect(errorOf(await t.call('p', 'auth.changePassword', { currentPassword: 'temporary pass 5', newPassword: 'temporary pass 5' })).fieldErrors).toEqual({ newPassword: ['validation.passwordUnchanged'] });
    expect(errorOf(await t.call('p', 'auth.changePassword', { currentPassword: 'wrong current 1', newPassword: 'a brand new password' })).fieldErrors).toEqual({ currentPassword: ['auth.wrongPassword'] });
    await t.must('p', 'auth.changePassword', { currentPassword: 'temporary pass 5', newPassword: 'a brand new password' });
    await t.must('p', 'residents.list', {});
  });
});

test('sign-in, failure, sign-out, lock and unlock each leave an audit row', async () => {
  t = await startTestCore();
  await signIn('x', 'ada', 'a wrong password');
  await t.must('x', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
  await t.must('x', 'auth.lock', {});
  await t.must('x', 'auth.unlock', { password: ADMIN_PASSWORD });
  await t.must('x', 'auth.signOut', {});

  const actions = (await t.must('admin', 'audit.list', { limit: 1000 })).rows.reverse().map((event) => event.action);
  // Set-up signs the administrator in too.
  expect(actions.filter((a) => a.startsWith('auth.'))).toEqual<AuditAction[]>(['auth.signIn', 'auth.signInFailed', 'auth.signIn', 'auth.lock', 'auth.unlock', 'auth.signOut']);
  const failed = (await t.must('admin', 'audit.list', { action: 'auth.signInFailed' })).rows;
  expect(failed[0]).toMatchObject({ actorStaffId: null, details: { username: 'ada' } });
  const lock = (await t.must('admin', 'audit.list', { action: 'auth.lock' })).rows;
  expect(lock[0].details).toEqual({ cause: 'manual' });
});
