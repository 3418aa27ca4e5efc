import { DEFAULT_SETTINGS } from '../../electron/core/settings/settings-service';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GENESIS_HASH, hashAuditRow } from '../../electron/core/audit/audit-hash';
import { fingerprintOf } from '../../shared/audit-fingerprint';
import type { AuditEventEntity } from '../../electron/core/audit/audit-event.entity';
import type { AuditChainProblem } from '../../shared/contract/audit';
import type { Result } from '../../shared/errors';
import { auditRows, countRows, expectNothingWritten } from '../support/db-snapshot';
import { ADMIN_PASSWORD, admission, errorOf, startTestCore, versionOf, type TestCore, newOpening } from '../support/test-core';

let t: TestCore;
let adminStaffId: string;
beforeEach(async () => {
  t = await startTestCore();
  adminStaffId = (await t.must('admin', 'auth.session', {}))!.staffId;
});
afterEach(() => t.dispose());

const sql = (query: string, parameters: unknown[] = []) => t.core.services.dataSource.query<unknown>(query, parameters);
const verify = () => t.must('admin', 'audit.verify', {});
/** Moves the clock and unlocks the administrator's session if the jump idled it out. */
async function jumpTo(instant: string): Promise<void> {
  t.clock.set(instant);
  await t.must('admin', 'auth.unlock', { password: ADMIN_PASSWORD });
}

describe('every change', () => {
  test('appends exactly one audit row naming the action, the record and the person', async () => {
    let residentId = '';
    let staffId = '';
    let accountId = '';
    const steps: Array<[string, () => Promise<unknown>, () => object]> = [
      ['staff.create', async () => (staffId = (await t.must('admin', 'staff.create', { firstName: 'Lea', lastName: 'Roy', roles: ['counsellor'], email: '', phone: '' })).id), () => ({ action: 'record.create', entity_type: 'staff', entity_id: staffId })],
      ['staff.update', async () => t.must('admin', 'staff.update', { id: staffId, expectedVersion: await versionOf(t, 'staff_members', staffId), firstName: 'Léa', lastName: 'Roy', roles: ['counsellor'], email: '', phone: '' }), () => ({ action: 'record.update', entity_type: 'staff', entity_id: staffId })],
      ['accounts.create', async () => (accountId = (await t.must('admin', 'accounts.create', { staffId, username: 'lea', temporaryPassword: 'temporary pass 1' })).id), () => ({ action: 'record.create', entity_type: 'account', entity_id: accountId })],
      ['accounts.resetPassword', async () => t.must('admin', 'accounts.resetPassword', { accountId, expectedVersion: await versionOf(t, 'accounts', accountId), temporaryPassword: 'temporary pass 2' }), () => ({ action: 'record.update', entity_type: 'account', entity_id: accountId, details: { passwordReset: true } })],
      ['accounts.setActive', async () => t.must('admin', 'accounts.setActive', { accountId, expectedVersion: await versionOf(t, 'accounts', accountId), active: false }), () => ({ action: 'record.update', entity_type: 'account', entity_id: accountId })],
      ['staff.setActive', async () => t.must('admin', 'staff.setActive', { id: staffId, expectedVersion: await versionOf(t, 'staff_members', staffId), active: false }), () => ({ action: 'record.update', entity_type: 'staff', entity_id: staffId })],
      ['settings.update', async () => t.must('admin', 'settings.update', { ...DEFAULT_SETTINGS, expectedVersion: await versionOf(t, 'centre_settings', 'centre'), idleLockMinutes: 15, timeZone: 'America/Toronto' }), () => ({ action: 'record.update', entity_type: 'settings', details: { changes: { idleLockMinutes: [10, 15] } } })],
      ['residents.admit', async () => (residentId = (await t.must('admin', 'residents.admit', admission())).id), () => ({ action: 'record.create', entity_type: 'resident', entity_id: residentId, resident_id: residentId })],
      ['residents.update', async () => t.must('admin', 'residents.update', { ...withoutAdmission(), id: residentId, expectedVersion: await versionOf(t, 'residents', residentId), room: '9' }), () => ({ action: 'record.update', resident_id: residentId })],
      ['residents.get', () => t.must('admin', 'residents.get', { id: residentId, openingId: newOpening() }), () => ({ action: 'record.open', resident_id: residentId })],
      ['residents.discharge', async () => t.must('admin', 'residents.discharge', { id: residentId, expectedVersion: await versionOf(t, 'residents', residentId), dischargeDate: '2026-11-20', reason: 'program_completed', note: '' }), () => ({ action: 'record.update', resident_id: residentId, details: { event: 'discharged' } })],
      ['residents.readmit', async () => t.must('admin', 'residents.readmit', { id: residentId, expectedVersion: await versionOf(t, 'residents', residentId), admissionDate: '2026-11-21', program: 'residential', note: '' }), () => ({ action: 'record.update', resident_id: residentId, details: { event: 'readmitted' } })],
      ['residents.openWithBreakGlass', () => t.must('admin', 'residents.openWithBreakGlass', { reason: 'Checking an emergency contact.', name: 'eloise', dateOfBirth: '1990-04-12' }), () => ({ action: 'record.breakGlass', resident_id: residentId })],
      ['auth.changePassword', () => t.must('admin', 'auth.changePassword', { currentPassword: ADMIN_PASSWORD, newPassword: 'a newer admin password' }), () => ({ action: 'auth.passwordChanged', entity_type: 'account' })],
    ];
    for (const [name, step, expected] of steps) {
      const before = await countRows(t, 'audit_events');
      await step();
      expect(await countRows(t, 'audit_events'), name).toBe(before + 1);
      expect((await auditRows(t)).at(-1), name).toMatchObject({ ...expected(), actor_staff_id: adminStaffId });
    }
    expect(await verify()).toMatchObject({ intact: true, checkedRows: await countRows(t, 'audit_events') });
  });

  test('reading lists, settings and the trail itself writes nothing', async () => {
    await t.must('admin', 'residents.admit', admission());
    const reads: Array<() => Promise<unknown>> = [
      () => t.must('admin', 'residents.list', {}),
      () => t.must('admin', 'staff.list', {}),
      () => t.must('admin', 'accounts.list', {}),
      () => t.must('admin', 'settings.get', {}),
      () => t.must('admin', 'audit.list', {}),
      () => t.must('admin', 'audit.verify', {}),
      () => t.must('admin', 'audit.breakGlassReview', {}),
    ];
    for (const read of reads) await expectNothingWritten(t, read);
  });

  test('is not saved at all if its audit row cannot be written (same transaction)', async () => {
    await sql(`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'audit refused'); END`);
    const resident = await t.must('admin', 'residents.admit', admission()).catch(() => null);
    expect(resident).toBeNull();
    const attempts: Array<() => Promise<Result<unknown>>> = [
      () => t.call('admin', 'residents.admit', admission({ firstName: 'Other' })),
      () => t.call('admin', 'staff.create', { firstName: 'A', lastName: 'B', roles: ['counsellor'], email: '', phone: '' }),
      async () => t.call('admin', 'settings.update', { ...DEFAULT_SETTINGS, expectedVersion: await versionOf(t, 'centre_settings', 'centre'), idleLockMinutes: 5, timeZone: 'America/Toronto' }),
    ];
    for (const attempt of attempts) {
      const result = await expectNothingWritten(t, attempt);
      expect(errorOf(result).code).toBe('internal');
    }
    expect(await countRows(t, 'residents')).toBe(0);
    expect(await countRows(t, 'resident_status_events')).toBe(0);
    await sql('DROP TRIGGER refuse_audit');
    await t.must('admin', 'residents.admit', admission());
    expect((await verify()).intact).toBe(true);
  });
});

describe('verifying the chain', () => {
  let last: number;
  beforeEach(async () => {
    for (const firstName of ['Ana', 'Bea', 'Cy']) {
      const r = await t.must('admin', 'residents.admit', admission({ firstName }));
      await t.must('admin', 'residents.get', { id: r.id, openingId: newOpening() });
    }
    last = await countRows(t, 'audit_events');
    expect(last).toBeGreaterThanOrEqual(8);
  });
  const broken = (firstBrokenSeq: number, problem: AuditChainProblem) =>
    expect.objectContaining({ intact: false, firstBrokenSeq, problem });

  test('reports an untouched trail as intact, every row checked, with the newest row\'s fingerprint', async () => {
    const [newest] = (await sql('SELECT hash FROM audit_events WHERE seq = ?', [last])) as Array<{ hash: string }>;
    expect(await verify()).toMatchObject({ intact: true, checkedRows: last, lastSeq: last, problem: null, latest: { seq: last, fingerprint: fingerprintOf(newest.hash) }, noted: null });
    expect(fingerprintOf(newest.hash)).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  });

  test('finds a row whose content was changed', async () => {
    await sql(`UPDATE audit_events SET details = '{"admissionDate":"2020-01-01"}' WHERE seq = 4`);
    expect(await verify()).toEqual(broken(4, 'content_changed'));
  });

  test('finds a changed row even when its own hash was recomputed without the key', async () => {
    const [row] = await t.core.services.dataSource.query<Array<Record<string, string>>>('SELECT * FROM audit_events WHERE seq = 4');
    const forged = { ...toEntity(row), actorName: 'Somebody Else' };
    await sql('UPDATE audit_events SET actor_name = ?, hash = ? WHERE seq = 4', [forged.actorName, hashAuditRow(forged)]);
    expect(await verify()).toEqual(broken(4, 'content_changed'));
  });

  test('finds a deleted row in the middle', async () => {
    await sql('DELETE FROM audit_events WHERE seq = 4');
    expect(await verify()).toEqual(broken(4, 'row_missing'));
  });

  test('finds the newest row deleted', async () => {
    await sql('DELETE FROM audit_events WHERE seq = ?', [last]);
    expect(await verify()).toEqual(broken(last, 'tail_missing'));
  });

  test('finds a changed link to the previous row', async () => {
    await sql(`UPDATE audit_events SET prev_hash = ? WHERE seq = 4`, ['f'.repeat(64)]);
    expect(await verify()).toEqual(broken(4, 'chain_broken'));
  });

  test('a trail rebuilt from scratch without the key is shown by the head file and by a noted fingerprint', async () => {
    const noted = await verify();
    const fingerprint = noted.latest!.fingerprint;
    expect(await t.must('admin', 'audit.verify', { noted: { seq: last, fingerprint } })).toMatchObject({ intact: true, noted: 'matches' });
    // As copied from paper: lower case, spaces instead of dashes.
    const asTyped = fingerprint.toLowerCase().replace(/-/g, ' ');
    expect(await t.must('admin', 'audit.verify', { noted: { seq: last, fingerprint: asTyped } })).toMatchObject({ noted: 'matches' });

    await sql(`UPDATE audit_events SET details = '{"admissionDate":"2020-01-01"}' WHERE seq = 4`);
    await rebuildChain();
    // The chain alone holds (every row unkeyed, recomputed); the head file and the note do not.
    expect(await verify()).toMatchObject({ intact: false, problem: null, checkedRows: last, witnesses: [expect.objectContaining({ kind: 'headFile', verdict: 'row_differs' })] });
    expect(await t.must('admin', 'audit.verify', { noted: { seq: last, fingerprint } })).toMatchObject({ noted: 'differs' });
  });

  test('a row cut off, head and all, is named by the head file, and a noted fingerprint of it is reported missing', async () => {
    const [row] = (await sql('SELECT hash FROM audit_events WHERE seq = ?', [last])) as Array<{ hash: string }>;
    await sql('DELETE FROM audit_events WHERE seq = ?', [last]);
    await rebuildChain();
    expect(await t.must('admin', 'audit.verify', { noted: { seq: last, fingerprint: fingerprintOf(row.hash) } })).toMatchObject({
      intact: false,
      noted: 'missing',
      witnesses: [expect.objectContaining({ kind: 'headFile', seq: last, verdict: 'rows_removed' })],
    });
  });

  test('a noted fingerprint that is not one is refused with a message for each field, and nothing is written', async () => {
    const error = errorOf(await t.call('admin', 'audit.verify', { noted: { seq: 0, fingerprint: 'not-a-fingerprint' } }));
    expect(error.code).toBe('validation');
    expect(error.fieldErrors).toEqual({ 'noted.seq': ['validation.rowNumber'], 'noted.fingerprint': ['validation.fingerprint'] });
  });

  test('finds two rows swapped', async () => {
    await sql('UPDATE audit_events SET seq = -1 WHERE seq = 4');
    await sql('UPDATE audit_events SET seq = 4 WHERE seq = 5');
    await sql('UPDATE audit_events SET seq = 5 WHERE seq = -1');
    expect(await verify()).toEqual(broken(4, 'chain_broken'));
  });
});

describe('the audit viewer', () => {
  test('filters by person, by resident and by action, newest first', async () => {
    const ana = await t.must('admin', 'residents.admit', admission({ firstName: 'Ana' }));
    const bea = await t.must('admin', 'residents.admit', admission({ firstName: 'Bea' }));
    const counsellor = await t.signInAs('c', ['counsellor']);
    await t.must('c', 'residents.get', { id: ana.id, openingId: newOpening() });
    await t.must('c', 'residents.update', { ...withoutAdmission(), id: bea.id, expectedVersion: bea.version, firstName: 'Bea', room: '7' });

    const list = async (input: Parameters<typeof t.must<'audit.list'>>[2]) => (await t.must('admin', 'audit.list', input)).rows;
    expect((await list({ actorStaffId: counsellor.staffId })).map((e) => e.action)).toEqual(['record.update', 'record.open', 'auth.passwordChanged', 'auth.signIn']);
    expect((await list({ residentId: ana.id })).map((e) => [e.action, e.actorStaffId])).toEqual([['record.open', counsellor.staffId], ['record.create', adminStaffId]]);
    expect((await list({ action: 'record.open' })).map((e) => e.residentId)).toEqual([ana.id]);
    expect((await list({ residentId: bea.id, actorStaffId: counsellor.staffId })).map((e) => e.details)).toEqual([{ changes: { room: ['104', '7'] } }]);
    expect(await list({ limit: 2 })).toHaveLength(2);
    const all = await list({});
    expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((a, b) => b - a));
  });

  test('filters dates by the centre’s calendar days (America/Toronto), winter and summer time', async () => {
    const r = await t.must('admin', 'residents.admit', admission());
    for (const instant of [
      '2026-11-23T03:00:00.000Z', // 22:00 on the 22nd in Toronto (EST, UTC-5)
      '2026-11-23T05:00:00.000Z', // midnight starting the 23rd
      '2026-07-15T03:30:00.000Z', // 23:30 on 14 July (EDT, UTC-4)
      '2026-07-15T04:30:00.000Z', // 00:30 on 15 July
    ]) {
      await jumpTo(instant);
      await t.must('admin', 'residents.get', { id: r.id, openingId: newOpening() });
    }
    const openings = async (from: string | null, to: string | null) =>
      (await t.must('admin', 'audit.list', { action: 'record.open', from, to })).rows.map((e) => e.occurredAt).sort();
    expect(await openings('2026-11-22', '2026-11-22')).toEqual(['2026-11-23T03:00:00.000Z']);
    expect(await openings('2026-11-23', '2026-11-23')).toEqual(['2026-11-23T05:00:00.000Z']);
    expect(await openings('2026-07-14', '2026-07-14')).toEqual(['2026-07-15T03:30:00.000Z']);
    expect(await openings('2026-07-15', null)).toEqual(['2026-07-15T04:30:00.000Z', '2026-11-23T03:00:00.000Z', '2026-11-23T05:00:00.000Z']);
    expect(await openings(null, '2026-11-22')).toEqual(['2026-07-15T03:30:00.000Z', '2026-07-15T04:30:00.000Z', '2026-11-23T03:00:00.000Z']);
  });

  test('refuses a date range that ends before it starts', async () => {
    expect(errorOf(await t.call('admin', 'audit.list', { from: '2026-11-23', to: '2026-11-22' }))).toMatchObject({ code: 'validation', fieldErrors: { to: ['validation.rangeOrder'] } });
  });
});

describe('exporting the trail', () => {
  /** The CSV parsed back into records by column name. */
  function parseCsv(csv: string): Array<Record<string, string>> {
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  }

  test('gives the filtered rows oldest first, with centre wall times, and records the export itself', async () => {
    const ana = await t.must('admin', 'residents.admit', admission({ firstName: 'Ana' }));
    await t.must('admin', 'residents.admit', admission({ firstName: 'Bea' }));
    await t.must('admin', 'residents.get', { id: ana.id, openingId: newOpening() });

    const exported = await t.must('admin', 'audit.export', { residentId: ana.id });
    expect(exported).toMatchObject({ fileName: 'hearth-audit-trail-2026-11-23.csv', rows: 2, truncated: false });
    const records = parseCsv(exported.csv);
    expect(Object.keys(records[0])).toEqual(['seq', 'occurred_at_utc', 'occurred_at_centre', 'person', 'action', 'record_type', 'record_id', 'resident_id', 'details']);
    expect(records.map((r) => [r.action, r.resident_id, r.occurred_at_utc, r.occurred_at_centre, r.person])).toEqual([
      ['record.create', ana.id, '2026-11-23T15:00:00.000Z', '2026-11-23 10:00', 'Ada Admin'],
      ['record.open', ana.id, '2026-11-23T15:00:00.000Z', '2026-11-23 10:00', 'Ada Admin'],
    ]);
    expect(JSON.parse(records[0].details)).toMatchObject({ admissionDate: '2026-11-02', program: 'residential' });

    const [last] = (await t.must('admin', 'audit.list', { limit: 1 })).rows;
    expect(last).toMatchObject({ action: 'record.export', entityType: 'auditTrail', residentId: ana.id, details: { fileName: exported.fileName, rows: 2, filters: { residentId: ana.id } } });
    expect(await verify()).toMatchObject({ intact: true });
  });

  test('escapes text a spreadsheet would run as a formula', async () => {
    // A name is typed by a person; "=HYPERLINK(...)" in a cell would run when the file is opened.
    await t.signInAs('c', ['counsellor'], '=HYPERLINK("http://x")');
    const records = parseCsv((await t.must('admin', 'audit.export', { action: 'auth.signIn' })).csv);
    expect(records.map((r) => r.person)).toContain(`'=HYPERLINK("http://x") counsellor`);
  });

  test('hides the details of resident rows from a reader without the register, as the viewer does', async () => {
    const ana = await t.must('admin', 'residents.admit', admission({ firstName: 'Ana' }));
    await t.signInAs('it', ['administrator']);
    const records = parseCsv((await t.must('it', 'audit.export', { residentId: ana.id })).csv);
    expect(records.map((r) => [r.action, r.details])).toEqual([['record.create', '']]);
  });

  test('is refused with the same messages as the viewer for a reversed date range, and writes nothing', async () => {
    const error = await expectNothingWritten(t, async () => errorOf(await t.call('admin', 'audit.export', { from: '2026-11-23', to: '2026-11-22' })));
    expect(error).toMatchObject({ code: 'validation', fieldErrors: { to: ['validation.rangeOrder'] } });
  });
});

describe('break-glass access', () => {
  test('lets an administrator without clinical roles open a named record, with a reason kept for review', async () => {
    const eloise = await t.must('admin', 'residents.admit', admission());
    await t.must('admin', 'residents.admit', admission({ firstName: 'Other', lastName: 'Person', dateOfBirth: '1990-04-12' }));
    const it = await t.signInAs('it', ['administrator'], 'Ivan');
    expect(errorOf(await t.call('it', 'residents.get', { id: eloise.id, openingId: newOpening() })).code).toBe('forbidden');
    expect(errorOf(await t.call('it', 'residents.list', {})).code).toBe('forbidden');

    const reason = 'Paramedics on site asking for her emergency contact.';
    const opened = await t.must('it', 'residents.openWithBreakGlass', { reason, name: 'TREMB', dateOfBirth: '1990-04-12' });
    expect(opened.map((r) => [r.id, r.emergencyContactPhone])).toEqual([[eloise.id, '819-555-0142']]);

    const review = await t.must('admin', 'audit.breakGlassReview', {});
    expect(review).toEqual([
      expect.objectContaining({ action: 'record.breakGlass', actorStaffId: it.staffId, actorName: 'Ivan administrator', residentId: eloise.id, entityId: eloise.id, details: { reason } }),
    ]);
  });

  test('records the attempt even when nothing matches, and needs the exact birth date', async () => {
    await t.must('admin', 'residents.admit', admission());
    const it = await t.signInAs('it', ['administrator']);
    expect(await t.must('it', 'residents.openWithBreakGlass', { reason: 'Looking for a resident at the door.', name: 'tremblay', dateOfBirth: '1990-04-13' })).toEqual([]);
    expect(await t.must('admin', 'audit.breakGlassReview', {})).toEqual([
      expect.objectContaining({ actorStaffId: it.staffId, residentId: null, details: { reason: 'Looking for a resident at the door.', matches: 0 } }),
    ]);
  });

  test('a manager never reviews their own emergency openings: the other manager does', async () => {
    const eloise = await t.must('admin', 'residents.admit', admission());
    const first = await t.signInAs('m1', ['manager'], 'Mia');
    const second = await t.signInAs('m2', ['manager'], 'Noah');
    await t.must('m1', 'residents.openWithBreakGlass', { reason: 'Family called about a missed visit, checking.', name: 'eloise', dateOfBirth: '1990-04-12' });
    await t.must('m2', 'residents.openWithBreakGlass', { reason: 'Pharmacy asked to confirm the birth date.', name: 'eloise', dateOfBirth: '1990-04-12' });

    const seenByFirst = await t.must('m1', 'audit.breakGlassReview', {});
    expect(seenByFirst.map((row) => [row.actorStaffId, row.residentId])).toEqual([[second.staffId, eloise.id]]);
    const seenBySecond = await t.must('m2', 'audit.breakGlassReview', {});
    expect(seenBySecond.map((row) => [row.actorStaffId, row.residentId])).toEqual([[first.staffId, eloise.id]]);
    // Anyone else holding the permission sees both.
    expect((await t.must('admin', 'audit.breakGlassReview', {})).map((row) => row.actorStaffId)).toEqual([second.staffId, first.staffId]);
  });

  test('a lone reviewer who opened a record sees an empty review, not their own opening', async () => {
    await t.must('admin', 'residents.admit', admission());
    await t.must('admin', 'residents.openWithBreakGlass', { reason: 'Checking the emergency contact at night.', name: 'eloise', dateOfBirth: '1990-04-12' });
    expect(await t.must('admin', 'audit.breakGlassReview', {})).toEqual([]);
  });

  test('needs a written reason of some length; a refused attempt leaves nothing', async () => {
    await t.signInAs('it', ['administrator']);
    const result = await expectNothingWritten(t, () => t.call('it', 'residents.openWithBreakGlass', { reason: 'urgent', name: 'tremblay', dateOfBirth: '1990-04-12' }));
    expect(errorOf(result)).toMatchObject({ code: 'validation', fieldErrors: { reason: ['validation.breakGlassReason'] } });
  });
});

function withoutAdmission() {
  const { admissionDate: _a, confirmNotDuplicate: _c, ...details } = admission();
  return details;
}

/**
 * What someone with the file and the source code but not the key can do: change a row, then
 * recompute every hash as unkeyed SHA-256, and the chain head, so that the chain alone holds.
 */
async function rebuildChain(): Promise<void> {
  const rows = await t.core.services.dataSource.query<Array<Record<string, string>>>('SELECT * FROM audit_events ORDER BY seq');
  let previousHash = GENESIS_HASH;
  for (const row of rows) {
    const hash = hashAuditRow({ ...toEntity(row), prevHash: previousHash, hashKind: 'sha256', keyId: null });
    await sql("UPDATE audit_events SET prev_hash = ?, hash = ?, hash_kind = 'sha256', key_id = NULL WHERE seq = ?", [previousHash, hash, row.seq]);
    previousHash = hash;
  }
  await sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 'head'", [rows.at(-1)!.seq, previousHash]);
}

/** A raw audit row (snake_case columns) as the entity the hash is computed from. */
function toEntity(row: Record<string, string>): Omit<AuditEventEntity, 'hash'> {
  return {
    id: row.id,
    seq: Number(row.seq),
    occurredAt: row.occurred_at,
    action: row.action as AuditEventEntity['action'],
    actorAccountId: row.actor_account_id,
    actorStaffId: row.actor_staff_id,
    actorName: row.actor_name,
    entityType: row.entity_type,
    entityId: row.entity_id,
    residentId: row.resident_id,
    details: row.details,
    prevHash: row.prev_hash,
    hashKind: row.hash_kind as AuditEventEntity['hashKind'],
    keyId: row.key_id,
  };
}
