import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { HEAD_FILE_NAME } from '../../electron/core/audit/audit-head-file';
import { macAuditRow } from '../../electron/core/audit/audit-hash';
import { auditKeyIdOf } from '../../electron/core/audit/audit-key';
import { BACKUP_FOLDER_NAME } from '../../electron/core/backups/backup-files';
import { DATABASE_FILE_NAME } from '../../electron/core/db/open-database';
import { runCli } from '../../electron/cli/run-cli';
import { fileAuditKeyStore } from '../../electron/core/audit/audit-key-store';
import { newId } from '../../electron/core/ids';
import { appendUnkeyedRow, rebuildChainUnkeyed, rewriteChainHead, toEntity } from '../support/audit-forgery';
import { auditRows, countRows } from '../support/db-snapshot';
import { ADMIN_PASSWORD, admission, startTestCore, testAuditKeyFile, testAuditKeyStore, newOpening, type TestCore } from '../support/test-core';

// Each test tampers with the real files of a Hearth data folder the way someone with a database
// tool (and Hearth's source code, but not the audit key) could, and checks that verification
// names what happened.

let t: TestCore;
let last: number;
const cleanups: Array<() => Promise<void> | void> = [];

beforeEach(async () => {
  t = await startTestCore();
  cleanups.push(() => t.dispose());
  for (const firstName of ['Ana', 'Bea', 'Cy', 'Dee', 'Eli']) {
    const resident = await t.must('admin', 'residents.admit', admission({ firstName }));
    await t.must('admin', 'residents.get', { id: resident.id, openingId: newOpening() });
  }
  last = await countRows(t, 'audit_events');
  expect(last).toBeGreaterThanOrEqual(12);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const sql = (query: string, parameters: unknown[] = []) => t.core.services.dataSource.query<unknown>(query, parameters);
const verify = () => t.must('admin', 'audit.verify', {});
const headFile = () => join(t.dataDir, HEAD_FILE_NAME);

function captureOutput() {
  const lines: string[] = [];
  return { lines, out: { info: (line: string) => lines.push(line), error: (line: string) => lines.push(line) } };
}

describe('an untouched trail', () => {
  test('verifies as intact: every row keyed with the key on this computer, and the head file agrees', async () => {
    const result = await verify();
    expect(result).toMatchObject({ intact: true, problem: null, checkedRows: last, lastSeq: last });
    expect(result.segments).toEqual([{ fromSeq: 1, toSeq: last, kind: 'keyed', keyId: result.keyId, vouched: true }]);
    expect(result.witnesses).toEqual([{ kind: 'headFile', name: HEAD_FILE_NAME, recordedAt: expect.any(String), seq: last, verdict: 'agrees', signatureChecked: true }]);
    // The key id is public; the key itself is nowhere in the database or the head file.
    const key = JSON.parse(readFileSync(testAuditKeyFile(t.dataDir), 'utf8')) as { key: string };
    expect(JSON.stringify(await sql('SELECT * FROM audit_events'))).not.toContain(key.key);
    expect(readFileSync(headFile(), 'utf8')).not.toContain(key.key);
  });

  test('keeps the key outside the data folder, and the key and head file readable by their owner only', async () => {
    const keyFile = testAuditKeyFile(t.dataDir);
    expect(keyFile.startsWith(t.dataDir)).toBe(false);
    expect(readdirSync(t.dataDir).some((name) => name.includes('key'))).toBe(false);
    if (process.platform !== 'win32') {
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(statSync(headFile()).mode & 0o777).toBe(0o600);
    }
  });
});

describe('tampering with the rows', () => {
  test('changing a middle row is named: its content no longer fits its keyed hash', async () => {
    await sql(`UPDATE audit_events SET actor_name = 'Somebody Else' WHERE seq = 5`);
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: 5, problem: 'content_changed' });
  });

  test('deleting a middle row is named: a gap in the row numbers', async () => {
    await sql('DELETE FROM audit_events WHERE seq = 5');
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: 5, problem: 'row_missing' });
  });

  test.each([1, 2, 10])('deleting the newest %i rows and rewriting the chain head is named by the head file: rows were removed', async (n) => {
    await sql('DELETE FROM audit_events WHERE seq > ?', [last - n]);
    await rewriteChainHead(t.core.services.dataSource);
    const result = await verify();
    // The chain inside the file holds: only the witness outside it can tell.
    expect(result).toMatchObject({ intact: false, problem: null, lastSeq: last - n, keyUnused: false });
    expect(result.witnesses).toEqual([expect.objectContaining({ kind: 'headFile', seq: last, verdict: 'rows_removed' })]);
  });

  test('rewriting the head file as well, without the key, is named: its signature does not match', async () => {
    await sql('DELETE FROM audit_events WHERE seq > ?', [last - 2]);
    await rewriteChainHead(t.core.services.dataSource);
    const [newest] = (await sql('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1')) as Array<{ seq: number; hash: string }>;
    const head = JSON.parse(readFileSync(headFile(), 'utf8')) as Record<string, unknown>;
    writeFileSync(headFile(), JSON.stringify({ ...head, seq: newest.seq, hash: newest.hash }));
    const result = await verify();
    expect(result).toMatchObject({ intact: false, problem: null });
    expect(result.witnesses).toEqual([expect.objectContaining({ kind: 'headFile', verdict: 'signature_invalid' })]);
  });

  test('appending a row with a correct unkeyed SHA-256 is named: an unkeyed row after keyed ones', async () => {
    const seq = await appendUnkeyedRow(t.core.services.dataSource, { id: newId(), action: 'auth.signIn' });
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: seq, problem: 'unkeyed_after_keyed' });
  });

  test('rebuilding the whole chain with recomputed unkeyed hashes is named by the head file: its row differs', async () => {
    await sql(`UPDATE audit_events SET details = '{"admissionDate":"2020-01-01"}' WHERE seq = 4`);
    await rebuildChainUnkeyed(t.core.services.dataSource);
    const result = await verify();
    expect(result).toMatchObject({ intact: false, problem: null, checkedRows: last, keyUnused: true });
    expect(result.segments).toEqual([{ fromSeq: 1, toSeq: last, kind: 'unkeyed', keyId: null, vouched: false }]);
    expect(result.witnesses).toEqual([expect.objectContaining({ kind: 'headFile', seq: last, verdict: 'row_differs' })]);
  });

  test('rows appended under a key of one’s own, announced like a new key, are named by the head file: added by someone else', async () => {
    const ownKey = Buffer.alloc(32, 7);
    const ownKeyId = auditKeyIdOf(ownKey);
    const [newest] = (await sql('SELECT * FROM audit_events WHERE seq = ?', [last])) as Array<Record<string, unknown>>;
    const forged = { ...toEntity(newest), id: newId(), seq: last + 1, action: 'audit.keyStarted' as const, details: JSON.stringify({ keyId: ownKeyId, previousKeyId: newest.key_id }), prevHash: String(newest.hash), keyId: ownKeyId, actorName: null };
    const hash = macAuditRow(ownKey, forged);
    await sql(
      `INSERT INTO audit_events (id, seq, occurred_at, action, actor_account_id, actor_staff_id, actor_name, entity_type, entity_id, resident_id, details, prev_hash, hash, hash_kind, key_id)
       VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, 'hmac-sha256', ?)`,
      [forged.id, forged.seq, forged.occurredAt, forged.action, forged.actorAccountId, forged.actorStaffId, forged.entityType, forged.entityId, forged.residentId, forged.details, forged.prevHash, hash, ownKeyId],
    );
    await rewriteChainHead(t.core.services.dataSource);
    const result = await verify();
    // The chain cannot check a key it does not have: it says so, and the head file names the rows.
    expect(result.segments.at(-1)).toEqual({ fromSeq: last + 1, toSeq: last + 1, kind: 'keyed', keyId: ownKeyId, vouched: false });
    expect(result).toMatchObject({ intact: false, problem: null });
    expect(result.witnesses).toEqual([expect.objectContaining({ kind: 'headFile', seq: last, verdict: 'rows_added' })]);
  });

  test('rebuilding the whole chain unkeyed and deleting the head file and every backup is still named: this computer’s key signed none of the rows', async () => {
    await t.must('admin', 'backups.create', {});
    await rebuildChainUnkeyed(t.core.services.dataSource);
    rmSync(headFile());
    rmSync(join(t.dataDir, BACKUP_FOLDER_NAME), { recursive: true });
    const result = await verify();
    expect(result).toMatchObject({ intact: false, problem: null, keyUnused: true });
    expect(result.witnesses).toEqual([expect.objectContaining({ kind: 'headFile', verdict: 'missing' })]);
  });

  test('a new key slipped in without its announcement row is named', async () => {
    await sql(`UPDATE audit_events SET key_id = 'ffffffffffffffff' WHERE seq = ?`, [last]);
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: last, problem: 'key_changed_unannounced' });
  });
});

describe('the backup copies as witnesses', () => {
  test('a backup holding rows the trail no longer has is named with its date', async () => {
    const backup = await t.must('admin', 'backups.create', {});
    const inBackup = last; // the copy is made before its own audit row
    await sql('DELETE FROM audit_events WHERE seq > ?', [last - 3]);
    await rewriteChainHead(t.core.services.dataSource);
    const result = await verify();
    expect(result.intact).toBe(false);
    expect(result.witnesses).toContainEqual(
      expect.objectContaining({ kind: 'backup', name: backup.fileName, recordedAt: '2026-11-23T15:00:00.000Z', seq: inBackup, verdict: 'rows_removed' }),
    );
  });

  test('a backup whose row differs from the trail’s row of the same number is named', async () => {
    const backup = await t.must('admin', 'backups.create', {});
    await sql(`UPDATE audit_events SET details = '{"admissionDate":"2020-01-01"}' WHERE seq = 4`);
    await rebuildChainUnkeyed(t.core.services.dataSource);
    expect((await verify()).witnesses).toContainEqual(expect.objectContaining({ kind: 'backup', name: backup.fileName, verdict: 'row_differs' }));
  });

  test('a backup that cannot be read is reported as unreadable, not as tampering; the copies are only read', async () => {
    await t.must('admin', 'backups.create', {});
    const folder = join(t.dataDir, BACKUP_FOLDER_NAME);
    writeFileSync(join(folder, 'hearth-daily-2026-11-20T08-00-00-000Z.sqlite'), 'not a database '.repeat(100));
    const before = readdirSync(folder).map((name) => [name, readFileSync(join(folder, name)).toString('base64')]);
    const result = await verify();
    expect(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name)).toString('base64')])).toEqual(before);
    expect(result.intact).toBe(true);
    expect(result.witnesses).toContainEqual(expect.objectContaining({ kind: 'backup', name: 'hearth-daily-2026-11-20T08-00-00-000Z.sqlite', verdict: 'unreadable' }));
    expect(result.witnesses).toContainEqual(expect.objectContaining({ kind: 'backup', verdict: 'behind' }));
  });
});

describe('restoring an older copy of the database over the current one', () => {
  test('is named by the head file and by the newest backup; reopening Hearth keeps the evidence', async () => {
    const older = await t.must('admin', 'backups.create', {});
    t.clock.advance(60_000);
    await t.must('admin', 'residents.admit', admission({ firstName: 'Fay' }));
    const newest = await t.must('admin', 'backups.create', {});
    await t.must('admin', 'residents.admit', admission({ firstName: 'Gus' }));
    const trailEnd = await countRows(t, 'audit_events');
    const { dataDir } = t;
    await t.core.close();

    // The copy is put in place the way the README's restore steps say, head file left as it was.
    for (const leftover of ['-wal', '-shm']) rmSync(join(dataDir, `${DATABASE_FILE_NAME}${leftover}`), { force: true });
    copyFileSync(join(dataDir, BACKUP_FOLDER_NAME, older.fileName), join(dataDir, DATABASE_FILE_NAME));

    // From the command line, read-only, with the key:
    const { lines, out } = captureOutput();
    expect(await runCli('verify-audit', dataDir, out, [], testAuditKeyStore(dataDir))).toBe(1);
    const text = lines.join('\n');
    expect(text).toMatch(/^Audit trail NOT INTACT/);
    expect(text).toContain(`The head file (${HEAD_FILE_NAME}) holds row #${trailEnd}; the trail ends at row #`);
    expect(text).toMatch(new RegExp(`The backup of 2026-11-23 \\(${newest.fileName}\\) holds row #\\d+; the trail ends at row #\\d+: rows were removed`));

    // Opening Hearth on it sets the disagreeing head file aside instead of overwriting it.
    t = await startTestCore({ dataDir, setUpAdmin: false });
    await t.must('admin', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
    const result = await verify();
    expect(result.intact).toBe(false);
    expect(result.witnesses).toContainEqual(expect.objectContaining({ kind: 'setAsideHeadFile', seq: trailEnd, verdict: 'rows_removed' }));
    expect(result.witnesses).toContainEqual(expect.objectContaining({ kind: 'headFile', verdict: 'agrees' }));
    // Rows written since the restore take numbers the newest backup also holds, with other content.
    expect(result.witnesses).toContainEqual(expect.objectContaining({ kind: 'backup', name: newest.fileName, verdict: expect.stringMatching(/^(rows_removed|row_differs)$/) }));
  });
});

describe('the audit key', () => {
  test('lost: a new key starts an announced segment, the old rows are reported as not vouched for, and nobody is locked out', async () => {
    const oldKeyId = (await verify()).keyId;
    const { dataDir } = t;
    await t.core.close();
    rmSync(testAuditKeyFile(dataDir));

    t = await startTestCore({ dataDir, setUpAdmin: false });
    await t.must('admin', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
    const result = await verify();
    expect(result.keyId).not.toBe(oldKeyId);
    expect(result.intact).toBe(true);
    expect(result.segments).toEqual([
      { fromSeq: 1, toSeq: last, kind: 'keyed', keyId: oldKeyId, vouched: false },
      // The announcement, then the start-up backup's row and this sign-in.
      { fromSeq: last + 1, toSeq: result.lastSeq, kind: 'keyed', keyId: result.keyId, vouched: true },
    ]);
    const announcement = (await auditRows(t))[last];
    expect(announcement).toMatchObject({ seq: last + 1, action: 'audit.keyStarted', details: { keyId: result.keyId, previousKeyId: oldKeyId } });
    // Its content can no longer be checked, but its place in the chain still is.
    await sql('DELETE FROM audit_events WHERE seq = 3');
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: 3, problem: 'row_missing' });
  });

  test('moved to another computer with the database: everything verifies, no new segment', async () => {
    const before = await verify();
    const { dataDir } = t;
    await t.core.close();
    const elsewhere = mkdtempSync(join(tmpdir(), 'hearth-moved-'));
    cleanups.push(() => rmSync(elsewhere, { recursive: true, force: true }));
    cpSync(dataDir, elsewhere, { recursive: true });
    rmSync(join(elsewhere, 'hearth.lock'), { force: true });
    copyFileSync(testAuditKeyFile(dataDir), testAuditKeyFile(elsewhere));

    t = await startTestCore({ dataDir: elsewhere, setUpAdmin: false });
    await t.must('admin', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
    const result = await verify();
    expect(result).toMatchObject({ intact: true, keyId: before.keyId });
    expect(result.segments).toEqual([{ fromSeq: 1, toSeq: result.lastSeq, kind: 'keyed', keyId: before.keyId, vouched: true }]);
    expect((await auditRows(t)).some((row) => row.action === 'audit.keyStarted')).toBe(false);
  });

  test('the command line without the key checks order only, says so, and still finds an unkeyed row appended', async () => {
    const noKey = fileAuditKeyStore(join(mkdtempSync(join(tmpdir(), 'hearth-no-key-')), 'absent.key'));
    const first = captureOutput();
    expect(await runCli('verify-audit', t.dataDir, first.out, [], noKey)).toBe(0);
    expect(first.lines.join('\n')).toContain('No usable audit key at');
    expect(first.lines.join('\n')).toMatch(/Rows #1–#\d+: keyed with key [0-9a-f]{16}, which is not on this computer: checked for order only\./);
    expect(existsSync(noKey.location)).toBe(false); // verifying never makes a key

    await appendUnkeyedRow(t.core.services.dataSource, { id: newId(), action: 'auth.signIn' });
    const second = captureOutput();
    expect(await runCli('verify-audit', t.dataDir, second.out, [], noKey)).toBe(1);
    expect(second.lines.join('\n')).toMatch(/BROKEN at row #\d+: unkeyed_after_keyed/);
  });
});

describe('the head file removed or replaced to hide a cut-off', () => {
  async function cutNewestRows(count: number): Promise<void> {
    await sql('DELETE FROM audit_events WHERE seq > ?', [last - count]);
    await rewriteChainHead(t.core.services.dataSource);
  }

  async function reopen(): Promise<void> {
    const { dataDir } = t;
    await t.core.close();
    t = await startTestCore({ dataDir, setUpAdmin: false });
    await t.must('admin', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
  }

  test('deleting the head file after cutting rows is named at the next start: the missing head file is set aside as a marker', async () => {
    await cutNewestRows(3);
    rmSync(headFile());
    await reopen();
    const result = await verify();
    expect(result).toMatchObject({ intact: false, problem: null });
    expect(result.witnesses).toContainEqual(expect.objectContaining({ kind: 'setAsideHeadFile', verdict: 'unreadable' }));
  });

  test('spoiling the head file after cutting rows is named at the next start: it is set aside, unreadable', async () => {
    await cutNewestRows(3);
    writeFileSync(headFile(), 'x');
    await reopen();
    const result = await verify();
    expect(result).toMatchObject({ intact: false, problem: null });
    expect(result.witnesses).toContainEqual(expect.objectContaining({ kind: 'setAsideHeadFile', verdict: 'unreadable' }));
  });

  test('a head file rewritten under a made-up key id is named: this computer’s key signed the trail, not that file', async () => {
    await cutNewestRows(2);
    const [newest] = (await sql('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1')) as Array<{ seq: number; hash: string }>;
    const head = JSON.parse(readFileSync(headFile(), 'utf8')) as Record<string, unknown>;
    writeFileSync(headFile(), JSON.stringify({ ...head, keyId: 'ffffffffffffffff', seq: newest.seq, hash: newest.hash }));
    const result = await verify();
    expect(result).toMatchObject({ intact: false, problem: null });
    expect(result.witnesses).toEqual([expect.objectContaining({ kind: 'headFile', verdict: 'signature_invalid', signatureChecked: false })]);
  });

  test('an untouched installation that is closed and opened again leaves no marker and stays intact', async () => {
    await reopen();
    const result = await verify();
    expect(result.intact).toBe(true);
    expect(result.witnesses.filter((witness) => witness.kind === 'setAsideHeadFile')).toEqual([]);
  });
});
