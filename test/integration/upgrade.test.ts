import { rmSync } from 'node:fs';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { expect, test } from 'vitest';
import { backupFolderOf, listBackups } from '../../electron/core/backups/backup-files';
import { createDataSource } from '../../electron/core/db/data-source';
import { openDatabase } from '../../electron/core/db/open-database';
import { MIGRATIONS } from '../../electron/core/db/migrations';
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
