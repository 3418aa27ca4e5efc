import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createReadOnlyDataSource } from './data-source';
import { checkDatabaseIntegrity } from '../persistence/integrity-check';
import { MIGRATIONS } from './migrations';
import { DATABASE_FILE_NAME } from './open-database';

export type ReadOnlyDatabase =
  | { state: 'ready'; path: string; dataSource: DataSource; close(): Promise<void> }
  | { state: 'unusable'; path: string; problem: string };

/**
 * Opens the database in `dataDir` for reading only, beside a running app if need be: no folder
 * lock, no database created, no migration (SQLite may leave its -wal and -shm files beside it).
 * Refuses a file whose schema is not this version's, since its tables may not be what the
 * entities describe.
 */
export async function openDatabaseReadOnly(dataDir: string): Promise<ReadOnlyDatabase> {
  const path = join(dataDir, DATABASE_FILE_NAME);
  if (!existsSync(path) || statSync(path).size === 0) return { state: 'unusable', path, problem: 'There is no database in this folder.' };
  const problem = await checkDatabaseIntegrity(path);
  if (problem) return { state: 'unusable', path, problem: `The database is damaged: ${problem}` };

  const dataSource = createReadOnlyDataSource(path);
  await dataSource.initialize();
  try {
    const applied = await appliedMigrationNames(dataSource);
    const expected = MIGRATIONS.map((Migration) => new Migration().name ?? Migration.name);
    if (applied.join('\n') !== expected.join('\n')) {
      await dataSource.destroy();
      return { state: 'unusable', path, problem: 'The database was written by another version of Hearth: open it once with this version first.' };
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { state: 'ready', path, dataSource, close: () => dataSource.destroy() };
}

async function appliedMigrationNames(dataSource: DataSource): Promise<string[]> {
  const table = await dataSource.query<unknown[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'");
  if (table.length === 0) return [];
  const rows = await dataSource.query<Array<{ name: string }>>('SELECT name FROM migrations ORDER BY id');
  return rows.map((row) => row.name);
}
