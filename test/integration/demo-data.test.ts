import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countRows, expectNothingWritten } from '../support/db-snapshot';
import { admission, errorOf, startTestCore, type TestCore } from '../support/test-core';

describe('loading demo data into an empty register', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await startTestCore();
    expect(await t.must('admin', 'demo.isDatabaseEmpty', {})).toBe(true);
    expect(await t.must('admin', 'demo.load', {})).toEqual({ residents: 60, staff: 15 });
  });
  afterAll(() => t.dispose());

  test('creates 60 residents: some discharged, some outpatients, some readmitted', async () => {
    const { rows: residents, total } = await t.must('admin', 'residents.list', { limit: 100 });
    expect(total).toBe(60);
    expect(residents).toHaveLength(60);
    expect(residents.filter((r) => r.status === 'discharged').length).toBeGreaterThan(0);
    expect(residents.filter((r) => r.program === 'outpatient').length).toBeGreaterThan(0);
    expect(await countRows(t, 'resident_status_events', "kind = 'readmitted'")).toBeGreaterThan(0);
    expect(await countRows(t, 'resident_status_events', "kind = 'admitted'")).toBe(60);
    expect(await t.must('admin', 'demo.isDatabaseEmpty', {})).toBe(false);
  });

  test('creates 15 staff members, alongside the administrator', async () => {
    const staff = await t.must('admin', 'staff.list', { includeInactive: true });
    expect(staff).toHaveLength(16);
    expect(staff.filter((s) => s.roles.includes('facilitator')).length).toBeGreaterThan(0);
  });

  test('leaves an intact audit trail, with every demo change recorded', async () => {
    expect(await t.must('admin', 'audit.verify', {})).toMatchObject({ intact: true });
    expect(await countRows(t, 'audit_events', "entity_type = 'resident' AND action = 'record.create'")).toBe(60);
  });

  test('is refused with a conflict the second time, and nothing is written', async () => {
    const result = await expectNothingWritten(t, () => t.call('admin', 'demo.load', {}));
    expect(errorOf(result).code).toBe('conflict');
  });
});

test('demo data is refused once real residents exist', async () => {
  const t = await startTestCore();
  try {
    await t.must('admin', 'residents.admit', admission());
    const result = await expectNothingWritten(t, () => t.call('admin', 'demo.load', {}));
    expect(errorOf(result).code).toBe('conflict');
    expect(await countRows(t, 'residents')).toBe(1);
  } finally {
    await t.dispose();
  }
});

test('demo data is refused once real staff have been added, so fictional people never mix with real ones', async () => {
  const fresh = await startTestCore();
  try {
    await fresh.must('admin', 'staff.create', { firstName: 'Real', lastName: 'Person', roles: ['counsellor'], email: '', phone: '' });
    expect(await fresh.must('admin', 'demo.isDatabaseEmpty', {})).toBe(false);
    expect(errorOf(await expectNothingWritten(fresh, () => fresh.call('admin', 'demo.load', {})))).toMatchObject({ code: 'conflict', messageKey: 'problems.registerNotEmpty' });
  } finally {
    await fresh.dispose();
  }
});

test('loading demo data is all or nothing: a failure halfway leaves the register empty', async () => {
  const fresh = await startTestCore();
  try {
    const residents = fresh.core.services.residents;
    const realDischarge = residents.dischargeIn.bind(residents);
    let calls = 0;
    residents.dischargeIn = async (...args) => {
      calls += 1;
      if (calls === 3) throw new Error('disk full (simulated)');
      return realDischarge(...args);
    };
    const before = await countRows(fresh, 'staff_members');
    expect(errorOf(await fresh.call('admin', 'demo.load', {})).code).toBe('internal');
    expect(calls).toBe(3);
    expect(await countRows(fresh, 'residents')).toBe(0);
    expect(await countRows(fresh, 'staff_members')).toBe(before);
    expect(await fresh.must('admin', 'audit.verify', {})).toMatchObject({ intact: true });
    // The register is still empty, so demo data can be loaded once the problem is gone.
    residents.dischargeIn = realDischarge;
    expect(await fresh.must('admin', 'demo.load', {})).toEqual({ residents: 60, staff: 15 });
  } finally {
    await fresh.dispose();
  }
});
