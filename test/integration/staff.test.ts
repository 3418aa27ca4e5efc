import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SIGN_IN_FAILED } from '../../electron/core/auth/auth-service';
import type { InputOf } from '../../shared/contract';
import { auditRows, expectNothingWritten } from '../support/db-snapshot';
import { errorOf, STAFF_PASSWORD, startTestCore, versionOf, type TestCore } from '../support/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
});
afterEach(() => t.dispose());

const create = (overrides: Partial<InputOf<'staff.create'>> = {}) =>
  t.must('admin', 'staff.create', { firstName: 'Hélène', lastName: 'Roy', roles: ['counsellor'], email: '', phone: '', ...overrides });

describe('adding a staff member', () => {
  test('keeps the details and several roles (listed in the matrix order), and records the creation', async () => {
    const member = await create({ roles: ['facilitator', 'counsellor'], email: 'helene.roy@example.org', phone: '819-555-0100' });
    expect(member).toMatchObject({ firstName: 'Hélène', lastName: 'Roy', roles: ['counsellor', 'facilitator'], email: 'helene.roy@example.org', phone: '819-555-0100', active: true, username: null });
    expect(await t.must('admin', 'staff.get', { id: member.id })).toEqual(member);
    expect((await auditRows(t)).at(-1)).toMatchObject({ action: 'record.create', entity_type: 'staff', entity_id: member.id, details: { roles: ['counsellor', 'facilitator'] } });
  });

  test('needs at least one role, each at most once, from the known list', async () => {
    for (const roles of [[], ['counsellor', 'counsellor'], ['janitor']]) {
      const result = await expectNothingWritten(t, () => t.call('admin', 'staff.create', { firstName: 'A', lastName: 'B', roles: roles as never, email: '', phone: '' }));
      expect(errorOf(result).code).toBe('validation');
    }
  });
});

describe('changing a staff member', () => {
  test('saves new roles and records the old and new roles in the audit trail', async () => {
    const member = await create({ roles: ['counsellor', 'facilitator'] });
    const updated = await t.must('admin', 'staff.update', { id: member.id, expectedVersion: await versionOf(t, 'staff_members', member.id), firstName: 'Hélène', lastName: 'Roy-Gagnon', roles: ['peer_support_specialist', 'manager'], email: '', phone: '' });
    expect(updated.roles).toEqual(['manager', 'peer_support_specialist']);
    expect((await auditRows(t)).at(-1)).toMatchObject({
      action: 'record.update',
      entity_id: member.id,
      details: { changes: { lastName: ['Roy', 'Roy-Gagnon'], roles: [['counsellor', 'facilitator'], ['manager', 'peer_support_specialist']] } },
    });
  });

  test('writes nothing when the same roles are given in another order', async () => {
    const member = await create({ roles: ['counsellor', 'facilitator'] });
    t.clock.advance(60_000);
    const same = await expectNothingWritten(t, async () => t.must('admin', 'staff.update', { id: member.id, expectedVersion: await versionOf(t, 'staff_members', member.id), firstName: 'Hélène', lastName: 'Roy', roles: ['facilitator', 'counsellor'], email: '', phone: '' }));
    expect(same).toEqual(member);
  });

  test('takes away permissions at the person’s next click', async () => {
    const session = await t.signInAs('c', ['counsellor'], 'Carla');
    await t.must('c', 'residents.list', {});
    await t.must('admin', 'staff.update', { id: session.staffId, expectedVersion: await versionOf(t, 'staff_members', session.staffId), firstName: 'Carla', lastName: 'counsellor', roles: ['scheduling_staff'], email: '', phone: '' });
    expect((await t.must('c', 'auth.session', {}))?.roles).toEqual(['scheduling_staff']);
    await t.must('admin', 'staff.update', { id: session.staffId, expectedVersion: await versionOf(t, 'staff_members', session.staffId), firstName: 'Carla', lastName: 'counsellor', roles: ['administrator'], email: '', phone: '' });
    expect(errorOf(await t.call('c', 'residents.list', {})).code).toBe('forbidden');
  });

  test('an unknown staff id is not found, and nothing is written', async () => {
    const id = randomUUID();
    for (const attempt of [
      () => t.call('admin', 'staff.get', { id }),
      async () => t.call('admin', 'staff.update', { id, expectedVersion: 1, firstName: 'A', lastName: 'B', roles: ['counsellor'], email: '', phone: '' }),
      () => t.call('admin', 'staff.setActive', { id, expectedVersion: 1, active: false }),
    ]) {
      expect(errorOf(await expectNothingWritten(t, attempt)).code).toBe('not_found');
    }
  });
});

describe('the staff list', () => {
  beforeEach(async () => {
    await create(); // Hélène Roy, counsellor
    await create({ firstName: 'Marc', lastName: 'Lévesque', roles: ['facilitator', 'peer_support_specialist'] });
    await create({ firstName: 'Sana', lastName: 'Qureshi', roles: ['scheduling_staff'] });
  });
  const list = async (input: InputOf<'staff.list'>) => (await t.must('admin', 'staff.list', input)).map((m) => `${m.firstName} ${m.lastName}`);

  test('lists everyone active, by last name', async () => {
    expect(await list({})).toEqual(['Ada Admin', 'Marc Lévesque', 'Sana Qureshi', 'Hélène Roy']);
  });

  test('filters by role', async () => {
    expect(await list({ role: 'facilitator' })).toEqual(['Marc Lévesque']);
    expect(await list({ role: 'peer_support_specialist' })).toEqual(['Marc Lévesque']);
    expect(await list({ role: 'administrator' })).toEqual(['Ada Admin']);
    expect(await list({ role: 'manager' })).toEqual(['Ada Admin']);
  });

  test('searches names, ignoring case and accents', async () => {
    expect(await list({ search: 'helene' })).toEqual(['Hélène Roy']);
    expect(await list({ search: 'LEVESQUE' })).toEqual(['Marc Lévesque']);
    expect(await list({ search: 'a' , role: 'scheduling_staff' })).toEqual(['Sana Qureshi']);
    expect(await list({ search: '%' })).toEqual([]);
  });
});

describe('deactivating a staff member', () => {
  test('keeps the record, hidden from the list unless inactive people are included', async () => {
    const member = await create();
    const deactivated = await t.must('admin', 'staff.setActive', { id: member.id, expectedVersion: await versionOf(t, 'staff_members', member.id), active: false });
    expect(deactivated).toMatchObject({ id: member.id, firstName: 'Hélène', active: false });
    expect((await t.must('admin', 'staff.get', { id: member.id })).active).toBe(false);
    expect((await t.must('admin', 'staff.list', {})).map((m) => m.id)).not.toContain(member.id);
    expect((await t.must('admin', 'staff.list', { includeInactive: true })).find((m) => m.id === member.id)).toMatchObject({ active: false });
    expect((await auditRows(t)).at(-1)).toMatchObject({ action: 'record.update', entity_id: member.id, details: { changes: { active: [true, false] } } });
  });

  test('ends the person’s session at their next call, and they cannot sign in until reactivated', async () => {
    const session = await t.signInAs('p', ['counsellor']);
    await t.must('admin', 'staff.setActive', { id: session.staffId, expectedVersion: await versionOf(t, 'staff_members', session.staffId), active: false });

    expect(errorOf(await t.call('p', 'residents.list', {})).code).toBe('unauthenticated');
    expect(await t.must('p', 'auth.session', {})).toBeNull();
    expect(errorOf(await t.call('p', 'auth.signIn', { username: session.username, password: STAFF_PASSWORD }))).toMatchObject({ code: 'unauthenticated', message: SIGN_IN_FAILED });

    await t.must('admin', 'staff.setActive', { id: session.staffId, expectedVersion: await versionOf(t, 'staff_members', session.staffId), active: true });
    await t.must('p', 'auth.signIn', { username: session.username, password: STAFF_PASSWORD });
    await t.must('p', 'residents.list', {});
  });

  test('one cannot deactivate oneself (which would lock the only administrator out)', async () => {
    const me = await t.must('admin', 'auth.session', {});
    const result = await expectNothingWritten(t, async () => t.call('admin', 'staff.setActive', { id: me!.staffId, expectedVersion: await versionOf(t, 'staff_members', me!.staffId), active: false }));
    expect(errorOf(result).code).toBe('conflict');
    await t.must('admin', 'staff.list', {});
  });
});

describe('the administrator role', () => {
  test('cannot be granted by a manager, not even to themselves, and nothing is written', async () => {
    const manager = await t.signInAs('manager', ['manager']);
    const self = await t.must('admin', 'staff.get', { id: manager.staffId });
    const result = await expectNothingWritten(t, async () =>
      t.call('manager', 'staff.update', { id: self.id, expectedVersion: await versionOf(t, 'staff_members', self.id), firstName: self.firstName, lastName: self.lastName, roles: ['manager', 'administrator'], email: '', phone: '' }),
    );
    expect(errorOf(result).code).toBe('forbidden');
    const created = await expectNothingWritten(t, () => t.call('manager', 'staff.create', { firstName: 'New', lastName: 'Admin', roles: ['administrator'], email: '', phone: '' }));
    expect(errorOf(created).code).toBe('forbidden');
  });

  test('can be granted by an administrator', async () => {
    const member = await create({ roles: ['counsellor'] });
    const updated = await t.must('admin', 'staff.update', { id: member.id, expectedVersion: await versionOf(t, 'staff_members', member.id), firstName: member.firstName, lastName: member.lastName, roles: ['administrator', 'counsellor'], email: '', phone: '' });
    expect(updated.roles).toEqual(['administrator', 'counsellor']);
  });

  test('is not taken away by administrators from themselves, but another administrator can', async () => {
    const session = await t.must('admin', 'auth.session', {});
    const demoteAda = (channel: string) => async () =>
      t.call(channel, 'staff.update', { id: session!.staffId, expectedVersion: await versionOf(t, 'staff_members', session!.staffId), firstName: 'Ada', lastName: 'Admin', roles: ['manager'], email: '', phone: '' });
    const ownChange = await expectNothingWritten(t, demoteAda('admin'));
    expect(errorOf(ownChange)).toMatchObject({ code: 'conflict', messageKey: 'problems.selfRoleChange' });
    await t.signInAs('second', ['administrator']);
    const steppedDown = await demoteAda('second')();
    expect(steppedDown.ok && steppedDown.value.roles).toEqual(['manager']);
  });

  test('stays with at least one administrator who can sign in, even for the system itself', async () => {
    const ada = (await t.must('admin', 'auth.session', {}))!;
    // Another administrator on the staff register, but without an account, cannot manage accounts.
    await create({ roles: ['administrator'] });
    const demote = () =>
      t.core.services.staff.update({ id: ada.staffId, expectedVersion: 999, firstName: 'Ada', lastName: 'Admin', roles: ['manager'], email: null, phone: null }, null);
    const version = await versionOf(t, 'staff_members', ada.staffId);
    await expect(
      t.core.services.staff.update({ id: ada.staffId, expectedVersion: version, firstName: 'Ada', lastName: 'Admin', roles: ['manager'], email: null, phone: null }, null),
    ).rejects.toMatchObject({ code: 'conflict', messageKey: 'problems.lastAdministrator' });
    await expect(demote()).rejects.toMatchObject({ code: 'conflict', messageKey: 'problems.staleRecord' });
  });
});
