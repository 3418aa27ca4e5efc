import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { InputOf } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { auditRows, countRows, expectNothingWritten } from '../support/db-snapshot';
import { errorOf, startTestCore, type TestCore } from '../support/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
});
afterEach(() => t.dispose());

const mindfulness = { name: 'Mindfulness', colour: '#5f3dc4', defaultDurationMinutes: 45, defaultCapacity: 12, clinical: false, requirements: [] } satisfies InputOf<'activityTypes.create'>;
const horse = (overrides: Partial<InputOf<'resources.create'>> = {}) => t.must('admin', 'resources.create', { kind: 'horse', name: 'Biscuit', maxSessionsPerDay: 3, restDays: [0], ...overrides });
const lastAudit = async () => (await auditRows(t)).at(-1);

describe('activity types', () => {
  test('lists the four seeded types, adds one and records it', async () => {
    expect((await t.must('admin', 'activityTypes.list', {})).map((type) => type.name)).toEqual(['Art therapy', 'Equine-assisted therapy', 'Music therapy', 'Yoga']);
    const created = await t.must('admin', 'activityTypes.create', { ...mindfulness, colour: '#5F3DC4', requirements: ['photoConsent'] });
    expect(created).toMatchObject({ name: 'Mindfulness', colour: '#5f3dc4', requirements: ['photoConsent'], active: true, version: 1 });
    expect(await lastAudit()).toMatchObject({ action: 'record.create', entity_type: 'activityType', entity_id: created.id, details: { name: 'Mindfulness' } });
  });

  test('an edit records each changed field, and deactivating hides the type from the default list', async () => {
    const created = await t.must('admin', 'activityTypes.create', mindfulness);
    const updated = await t.must('admin', 'activityTypes.update', { id: created.id, expectedVersion: 1, ...mindfulness, defaultCapacity: 8, requirements: ['photoConsent'], active: false });
    expect(updated).toMatchObject({ defaultCapacity: 8, active: false, version: 2 });
    expect(await lastAudit()).toMatchObject({ action: 'record.update', entity_id: created.id, details: { changes: { defaultCapacity: [12, 8], requirements: [[], ['photoConsent']], active: [true, false] } } });
    expect((await t.must('admin', 'activityTypes.list', {})).map((type) => type.id)).not.toContain(created.id);
    expect((await t.must('admin', 'activityTypes.list', { includeInactive: true })).map((type) => type.id)).toContain(created.id);
  });

  test('an edit made from an old copy is refused with both versions, and nothing is written', async () => {
    const created = await t.must('admin', 'activityTypes.create', mindfulness);
    await t.must('admin', 'activityTypes.update', { id: created.id, expectedVersion: 1, ...mindfulness, defaultCapacity: 8, active: true });
    const stale = await expectNothingWritten(t, () => t.call('admin', 'activityTypes.update', { id: created.id, expectedVersion: 1, ...mindfulness, defaultCapacity: 6, active: true }));
    expect(errorOf(stale)).toMatchObject({ code: 'conflict', messageKey: 'problems.staleRecord', details: { expectedVersion: 1, currentVersion: 2 } });
  });

  test('a second active "Yoga" is refused under the name, whatever its case; a retired name can be used again', async () => {
    const refused = await expectNothingWritten(t, () => t.call('admin', 'activityTypes.create', { ...mindfulness, name: ' yOGA ' }));
    expect(errorOf(refused)).toMatchObject({ code: 'validation', fieldErrors: { name: ['problems.nameInUse'] } });
    const created = await t.must('admin', 'activityTypes.create', mindfulness);
    const renamed = await t.call('admin', 'activityTypes.update', { id: created.id, expectedVersion: 1, ...mindfulness, name: 'Yoga', active: true });
    expect(errorOf(renamed).fieldErrors).toEqual({ name: ['problems.nameInUse'] });
    await t.must('admin', 'activityTypes.update', { id: created.id, expectedVersion: 1, ...mindfulness, active: false });
    await t.must('admin', 'activityTypes.create', mindfulness);
  });

  test('a colour too light for white text is refused through the dispatcher', async () => {
    const result = await expectNothingWritten(t, () => t.call('admin', 'activityTypes.create', { ...mindfulness, colour: '#ffd43b' }));
    expect(errorOf(result)).toMatchObject({ code: 'validation', fieldErrors: { colour: ['validation.colourTooLight'] } });
  });

  test('an unknown type cannot be edited', async () => {
    const result = await t.call('admin', 'activityTypes.update', { id: '01900000-0000-7000-8000-0000000000ff', expectedVersion: 1, ...mindfulness, active: true });
    expect(errorOf(result)).toMatchObject({ code: 'not_found', messageKey: 'problems.notFound.activityType' });
  });
});

describe('locations', () => {
  test('adds, edits and deactivates a location with audit rows; a stale edit and a duplicate name are refused', async () => {
    const studio = await t.must('admin', 'locations.create', { name: 'Art studio', capacity: 10, onSite: true });
    expect(await lastAudit()).toMatchObject({ action: 'record.create', entity_type: 'location', entity_id: studio.id });
    const duplicate = await expectNothingWritten(t, () => t.call('admin', 'locations.create', { name: 'art studio', capacity: 4, onSite: false }));
    expect(errorOf(duplicate).fieldErrors).toEqual({ name: ['problems.nameInUse'] });
    const moved = await t.must('admin', 'locations.update', { id: studio.id, expectedVersion: 1, name: 'Art studio', capacity: 12, onSite: false, active: false });
    expect(moved).toMatchObject({ capacity: 12, onSite: false, active: false, version: 2 });
    expect(await lastAudit()).toMatchObject({ details: { changes: { capacity: [10, 12], onSite: [true, false], active: [true, false] } } });
    const stale = await t.call('admin', 'locations.update', { id: studio.id, expectedVersion: 1, name: 'Art studio', capacity: 9, onSite: true, active: true });
    expect(errorOf(stale).messageKey).toBe('problems.staleRecord');
    expect(await t.must('admin', 'locations.list', {})).toEqual([]);
  });
});

describe('horses and equipment', () => {
  test('adds a horse, changes its rest days and limit with audit rows, and refuses a stale edit', async () => {
    const biscuit = await horse();
    expect(biscuit).toMatchObject({ kind: 'horse', name: 'Biscuit', maxSessionsPerDay: 3, restDays: [0], active: true, outOfService: [] });
    const updated = await t.must('admin', 'resources.update', { id: biscuit.id, expectedVersion: 1, kind: 'horse', name: 'Biscuit', maxSessionsPerDay: null, restDays: [0, 6], active: true });
    expect(updated).toMatchObject({ maxSessionsPerDay: null, restDays: [0, 6], version: 2 });
    expect(await lastAudit()).toMatchObject({ entity_type: 'resource', details: { changes: { maxSessionsPerDay: [3, null], restDays: [[0], [0, 6]] } } });
    const stale = await expectNothingWritten(t, () => t.call('admin', 'resources.update', { id: biscuit.id, expectedVersion: 1, kind: 'horse', name: 'Biscuit', maxSessionsPerDay: 2, restDays: [], active: false }));
    expect(errorOf(stale).messageKey).toBe('problems.staleRecord');
  });

  test('names are unique among active resources of the same kind', async () => {
    await horse();
    expect(errorOf(await t.call('admin', 'resources.create', { kind: 'horse', name: 'biscuit', maxSessionsPerDay: null, restDays: [] })).fieldErrors).toEqual({ name: ['problems.nameInUse'] });
    await t.must('admin', 'resources.create', { kind: 'equipment', name: 'Biscuit', maxSessionsPerDay: null, restDays: [] });
  });

  test('a period out of service is listed with the horse, and its removal keeps what it was in the audit trail', async () => {
    const biscuit = await horse();
    const lame = await t.must('admin', 'resources.addOutOfService', { resourceId: biscuit.id, startsOn: '2026-12-01', endsOn: '2026-12-12', reason: 'Lame' });
    const [period] = lame.outOfService;
    expect(period).toMatchObject({ resourceId: biscuit.id, startsOn: '2026-12-01', endsOn: '2026-12-12', reason: 'Lame' });
    expect(await lastAudit()).toMatchObject({ action: 'record.create', entity_type: 'resourceOutOfService', entity_id: period.id, details: { resourceId: biscuit.id, resourceName: 'Biscuit', startsOn: '2026-12-01', endsOn: '2026-12-12', reason: 'Lame' } });
    const after = await t.must('admin', 'resources.removeOutOfService', { periodId: period.id });
    expect(after.outOfService).toEqual([]);
    expect(await lastAudit()).toMatchObject({ action: 'record.delete', entity_type: 'resourceOutOfService', entity_id: period.id, details: { resourceName: 'Biscuit', startsOn: '2026-12-01', endsOn: '2026-12-12', reason: 'Lame' } });
    expect(errorOf(await t.call('admin', 'resources.removeOutOfService', { periodId: period.id })).code).toBe('not_found');
  });

  test('lists current and future periods first, then past ones', async () => {
    const biscuit = await horse();
    for (const [startsOn, endsOn] of [['2026-10-01', '2026-10-03'], ['2027-01-04', '2027-01-08'], ['2026-11-20', '2026-11-25'], ['2026-09-01', '2026-09-02']]) {
      await t.must('admin', 'resources.addOutOfService', { resourceId: biscuit.id, startsOn, endsOn, reason: 'Rest' });
    }
    const [listed] = await t.must('admin', 'resources.list', {});
    expect(listed.outOfService.map((period) => period.startsOn)).toEqual(['2026-11-20', '2027-01-04', '2026-10-01', '2026-09-01']);
  });

  test('a period for an unknown or inactive resource, or ending before it starts, is refused and writes nothing', async () => {
    const biscuit = await horse();
    await t.must('admin', 'resources.update', { id: biscuit.id, expectedVersion: 1, kind: 'horse', name: 'Biscuit', maxSessionsPerDay: 3, restDays: [0], active: false });
    const period = { startsOn: '2026-12-01', endsOn: '2026-12-12', reason: 'Lame' };
    const inactive = await expectNothingWritten(t, () => t.call('admin', 'resources.addOutOfService', { resourceId: biscuit.id, ...period }));
    expect(errorOf(inactive)).toMatchObject({ code: 'validation', fieldErrors: { resourceId: ['problems.resourceInactive'] } });
    const unknown = await t.call('admin', 'resources.addOutOfService', { resourceId: '01900000-0000-7000-8000-0000000000ff', ...period });
    expect(errorOf(unknown)).toMatchObject({ code: 'not_found', messageKey: 'problems.notFound.resource' });
    const backwards = await t.call('admin', 'resources.addOutOfService', { resourceId: biscuit.id, ...period, endsOn: '2026-11-30' });
    expect(errorOf(backwards).fieldErrors).toEqual({ endsOn: ['validation.endBeforeStart'] });
  });
});

describe('staff absences', () => {
  test('records an absence with the person’s name, lists it by person and period, and removes it with an audit row', async () => {
    const colleen = await t.must('admin', 'staff.create', { firstName: 'Colleen', lastName: 'Colleague', roles: ['facilitator'], email: '', phone: '' });
    const absence = await t.must('admin', 'staffAbsences.create', { staffId: colleen.id, kind: 'sick', startsOn: '2026-12-01', endsOn: '2026-12-03', note: 'Flu' });
    expect(absence).toMatchObject({ staffId: colleen.id, staffName: 'Colleen Colleague', kind: 'sick', startsOn: '2026-12-01', endsOn: '2026-12-03', note: 'Flu' });
    const created = await lastAudit();
    expect(created).toMatchObject({ action: 'record.create', entity_type: 'staffAbsence', entity_id: absence.id, details: { staffId: colleen.id, kind: 'sick', startsOn: '2026-12-01', endsOn: '2026-12-03' } });
    expect(JSON.stringify(created?.details)).not.toContain('Flu');
    expect(await t.must('admin', 'staffAbsences.list', { staffId: colleen.id })).toEqual([absence]);
    expect(await t.must('admin', 'staffAbsences.list', { from: '2026-12-04' })).toEqual([]);
    expect(await t.must('admin', 'staffAbsences.remove', { id: absence.id })).toEqual({ removed: true });
    expect(await lastAudit()).toMatchObject({ action: 'record.delete', entity_type: 'staffAbsence', entity_id: absence.id, details: { kind: 'sick', startsOn: '2026-12-01', endsOn: '2026-12-03' } });
    expect(await countRows(t, 'staff_absences')).toBe(0);
    expect(errorOf(await t.call('admin', 'staffAbsences.remove', { id: absence.id })).code).toBe('not_found');
  });

  test('an absence for an unknown or inactive staff member is refused and writes nothing', async () => {
    const gone = await t.must('admin', 'staff.create', { firstName: 'Gone', lastName: 'Away', roles: ['facilitator'], email: '', phone: '' });
    await t.must('admin', 'staff.setActive', { id: gone.id, expectedVersion: 1, active: false });
    const absence = { kind: 'holiday', startsOn: '2026-12-01', endsOn: '2026-12-03', note: '' } as const;
    const inactive = await expectNothingWritten(t, () => t.call('admin', 'staffAbsences.create', { staffId: gone.id, ...absence }));
    expect(errorOf(inactive)).toMatchObject({ code: 'validation', fieldErrors: { staffId: ['problems.staffInactive'] } });
    const unknown = await t.call('admin', 'staffAbsences.create', { staffId: '01900000-0000-7000-8000-0000000000ff', ...absence });
    expect(errorOf(unknown).code).toBe('not_found');
  });
});

describe('who may change what the schedule books', () => {
  test('a facilitator reads the lists but cannot change any of them', async () => {
    await t.signInAs('f', ['facilitator']);
    const biscuit = await horse();
    const colleen = await t.must('admin', 'staff.create', { firstName: 'Colleen', lastName: 'Colleague', roles: ['facilitator'], email: '', phone: '' });
    await t.must('f', 'activityTypes.list', {});
    await t.must('f', 'resources.list', {});
    await t.must('f', 'staffAbsences.list', {});
    const attempts: Array<Promise<Result<unknown>>> = [
      t.call('f', 'activityTypes.create', mindfulness),
      t.call('f', 'locations.create', { name: 'Barn', capacity: 6, onSite: true }),
      t.call('f', 'resources.create', { kind: 'horse', name: 'Pepper', maxSessionsPerDay: null, restDays: [] }),
      t.call('f', 'resources.addOutOfService', { resourceId: biscuit.id, startsOn: '2026-12-01', endsOn: '2026-12-02', reason: 'Lame' }),
      t.call('f', 'staffAbsences.create', { staffId: colleen.id, kind: 'sick', startsOn: '2026-12-01', endsOn: '2026-12-02', note: '' }),
    ];
    for (const result of await Promise.all(attempts)) expect(errorOf(result).code).toBe('forbidden');
  });

  test('scheduling staff keep places, horses and absences but cannot edit activity types; a manager can', async () => {
    await t.signInAs('s', ['scheduling_staff']);
    await t.signInAs('m', ['manager']);
    expect(errorOf(await t.call('s', 'activityTypes.create', mindfulness)).code).toBe('forbidden');
    const [yoga] = (await t.must('s', 'activityTypes.list', {})).filter((type) => type.name === 'Yoga');
    const { id, version, ...fields } = yoga;
    expect(errorOf(await t.call('s', 'activityTypes.update', { ...fields, id, expectedVersion: version, defaultCapacity: 20 })).code).toBe('forbidden');
    await t.must('m', 'activityTypes.update', { ...fields, id, expectedVersion: version, defaultCapacity: 20 });
    await t.must('s', 'locations.create', { name: 'Barn', capacity: 6, onSite: true });
    const pepper = await t.must('s', 'resources.create', { kind: 'horse', name: 'Pepper', maxSessionsPerDay: null, restDays: [] });
    await t.must('s', 'resources.addOutOfService', { resourceId: pepper.id, startsOn: '2026-12-01', endsOn: '2026-12-02', reason: 'Lame' });
  });
});
