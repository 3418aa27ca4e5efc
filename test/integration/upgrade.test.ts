import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { expect, test } from 'vitest';
import { backupFolderOf, listBackups } from '../../electron/core/backups/backup-files';
import { createDataSource } from '../../electron/core/db/data-source';
import { openDatabase } from '../../electron/core/db/open-database';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { Initial0001 } from '../../electron/core/db/migrations/0001-initial';
import { newId } from '../../electron/core/ids';
import { appendUnkeyedRow } from '../support/audit-forgery';
import { admission, startTestCore } from '../support/test-core';

/** A stand-in for the next schema change: adds a column with a default. */
class AddPreferredContactTime9999 implements MigrationInterface {
  name = 'M9999AddPreferredContactTime1795392000001';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "residents" ADD COLUMN "preferred_contact_time" varchar(20) NOT NULL DEFAULT 'morning'`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "residents" DROP COLUMN "preferred_contact_time"`);
  }
}

test('an upgrade that changes the schema keeps every row, and first copies the file beside it', async () => {
  const t = await startTestCore();
  const resident = await t.must('admin', 'residents.admit', admission());
  const { dataDir } = t;
  await t.core.close();

  const upgraded = await openDatabase(dataDir, [...MIGRATIONS, AddPreferredContactTime9999]);
  try {
    if (upgraded.state !== 'ready') throw new Error(`not ready: ${upgraded.state}`);
    expect(upgraded.backupBeforeMigration).toMatch(/backups\/hearth-before-upgrade-.*\.sqlite$/);
    const rows = await upgraded.dataSource.query<Array<Record<string, string>>>('SELECT id, first_name, preferred_contact_time FROM residents');
    expect(rows).toEqual([{ id: resident.id, first_name: 'Éloïse', preferred_contact_time: 'morning' }]);

    // The copy is the database as it was before the upgrade: same rows, old schema.
    const backup = createDataSource(upgraded.backupBeforeMigration!);
    await backup.initialize();
    expect(await backup.query('SELECT id FROM residents')).toEqual([{ id: resident.id }]);
    const columns = await backup.query<Array<{ name: string }>>('PRAGMA table_info(residents)');
    expect(columns.map((c) => c.name)).not.toContain('preferred_contact_time');
    await backup.destroy();
  } finally {
    if (upgraded.state === 'ready') await upgraded.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('opening a database that is already up to date makes no copy', async () => {
  const t = await startTestCore();
  const { dataDir } = t;
  await t.core.close();
  const reopened = await openDatabase(dataDir);
  try {
    if (reopened.state !== 'ready') throw new Error(`not ready: ${reopened.state}`);
    expect(reopened.backupBeforeMigration).toBeNull();
    expect(listBackups(backupFolderOf(dataDir)).filter((b) => b.kind === 'beforeUpgrade')).toEqual([]);
  } finally {
    if (reopened.state === 'ready') await reopened.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a database from before record versions upgrades with every row kept, each record at version 1', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hearth-upgrade-0002-'));
  try {
    const old = await openDatabase(dataDir, [Initial0001]);
    if (old.state !== 'ready') throw new Error(`not ready: ${old.state}`);
    const at = '2026-11-01T10:00:00.000Z';
    const staffId = '0190f3a0-0000-7000-8000-000000000001';
    await old.dataSource.query(`INSERT INTO staff_members VALUES (?, 'Ada', 'Admin', NULL, NULL, 1, 'admin ada', ?, ?)`, [staffId, at, at]);
    await old.dataSource.query(`INSERT INTO accounts VALUES ('0190f3a0-0000-7000-8000-000000000002', ?, 'ada', 'scrypt$x', 0, 1, ?, ?, NULL)`, [staffId, at, at]);
    const resident = { id: '0190f3a0-0000-7000-8000-000000000003' };
    await old.dataSource.query(
      `INSERT INTO residents (id, first_name, last_name, date_of_birth, program, language, photo_consent, status, admission_date, search_name, created_at, updated_at)
       VALUES (?, 'Éloïse', 'Tremblay', '1990-04-12', 'residential', 'fr', 1, 'admitted', '2026-11-02', 'tremblay eloise', ?, ?)`,
      [resident.id, at, at],
    );
    await old.dataSource.query(`INSERT INTO settings VALUES ('idleLockMinutes', '15', ?)`, [at]);
    await old.close();

    const upgraded = await openDatabase(dataDir);
    if (upgraded.state !== 'ready') throw new Error(`not ready: ${upgraded.state}`);
    try {
      const query = (sql: string) => upgraded.dataSource.query<unknown[]>(sql);
      expect(await query('SELECT first_name, version FROM staff_members')).toEqual([{ first_name: 'Ada', version: 1 }]);
      expect(await query('SELECT username, version FROM accounts')).toEqual([{ username: 'ada', version: 1 }]);
      expect(await query('SELECT first_name, version FROM residents')).toEqual([{ first_name: 'Éloïse', version: 1 }]);
      expect(await query('SELECT key, value FROM settings')).toEqual([{ key: 'idleLockMinutes', value: '15' }]);
      expect(await query('SELECT id, version FROM centre_settings')).toEqual([{ id: 'centre', version: 1 }]);
      expect(upgraded.backupBeforeMigration).not.toBeNull();
    } finally {
      await upgraded.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('an audit trail of the unkeyed format keeps every row and hash; it is reported as the unkeyed segment, and rows are keyed from the upgrade on', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hearth-upgrade-'));
  try {
    // A database as issue 3/4's Hearth left it: schema 0001, rows hashed with unkeyed SHA-256.
    const old = await openDatabase(dataDir, [Initial0001]);
    if (old.state !== 'ready') throw new Error(`not ready: ${old.state}`);
    for (const action of ['auth.signIn', 'record.create', 'auth.signOut']) await appendUnkeyedRow(old.dataSource, { id: newId(), action });
    const before = await old.dataSource.query<unknown[]>('SELECT id, seq, prev_hash, hash, details FROM audit_events ORDER BY seq');
    await old.close();

    const t = await startTestCore({ dataDir, setUpAdmin: false });
    try {
      const after = await t.core.services.dataSource.query<Array<Record<string, unknown>>>('SELECT id, seq, prev_hash, hash, details, hash_kind, key_id FROM audit_events ORDER BY seq');
      expect(after.slice(0, 3)).toEqual((before as Array<Record<string, unknown>>).map((row) => ({ ...row, hash_kind: 'sha256', key_id: null })));
      const result = await t.core.services.audit.verify();
      expect(result).toMatchObject({ intact: true, problem: null });
      expect(result.segments).toEqual([
        { fromSeq: 1, toSeq: 3, kind: 'unkeyed', keyId: null, vouched: false },
        { fromSeq: 4, toSeq: result.lastSeq, kind: 'keyed', keyId: result.keyId, vouched: true },
      ]);
      // The first keyed row announces the key, openly.
      expect(after[3]).toMatchObject({ seq: 4, hash_kind: 'hmac-sha256', key_id: result.keyId });
      expect(JSON.parse(String(after[3].details))).toEqual({ keyId: result.keyId, previousKeyId: null });
      // The copy made before the upgrade is a witness too, and agrees.
      expect(result.witnesses).toContainEqual(expect.objectContaining({ kind: 'backup', seq: 3, verdict: 'behind' }));

      // After the first keyed row, a row in the old format is a forgery.
      const forged = await appendUnkeyedRow(t.core.services.dataSource, { id: newId(), action: 'auth.signIn' });
      expect(await t.core.services.audit.verify()).toMatchObject({ intact: false, firstBrokenSeq: forged, problem: 'unkeyed_after_keyed' });
    } finally {
      await t.core.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
