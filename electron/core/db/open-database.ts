import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DataSource, MigrationInterface } from 'typeorm';
import { applyDurabilityPragmas, createDataSource } from './data-source';
import { backupFolderOf, writeBackupCopy } from '../backups/backup-files';
import { DEFAULT_LOCK_TIMING, lockDataDir, type LockHolder, type LockTiming } from './data-dir-lock';
import { restrictToOwner } from '../persistence/owner-only';
import { checkDatabaseIntegrity } from '../persistence/integrity-check';

export const DATABASE_FILE_NAME = 'hearth.sqlite';

export interface ReadyDatabase {
  state: 'ready';
  path: string;
  dataSource: DataSource;
  backupBeforeMigration: string | null;
  /** Closes the connection, then gives the folder back to other Hearth processes. */
  close(): Promise<void>;
}
export interface DamagedDatabase {
  state: 'damaged';
  path: string;
  problem: string;
}
/** Another Hearth process (the app, a preview, a command-line task) has this folder open. */
export interface DatabaseInUse {
  state: 'inUse';
  path: string;
  holder: LockHolder;
}
export type OpenedDatabase = ReadyDatabase | DamagedDatabase | DatabaseInUse;

/**
 * Opens (or creates) the database in `dataDir`: integrity check first, then migrations.
 * A damaged file is reported, never reset or migrated: the person must decide what to do with it.
 */
export async function openDatabase(
  dataDir: string,
  migrations?: Array<new () => MigrationInterface>,
  lockTiming: LockTiming = DEFAULT_LOCK_TIMING,
): Promise<OpenedDatabase> {
  // Confidential records: the folder and the file are for this user alone (SQLite gives the -wal
  // and -shm files the database file's permissions).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, DATABASE_FILE_NAME);
  const lock = await lockDataDir(dataDir, lockTiming);
  if (lock.state === 'inUse') return { state: 'inUse', path, holder: lock.holder };
  try {
    const opened = await openLockedDatabase(path, migrations);
    if (opened.state === 'damaged') {
      lock.release(); // nothing will touch a damaged file
      return opened;
    }
    const close = async () => {
      if (opened.dataSource.isInitialized) await opened.dataSource.destroy(); // closing twice is harmless
      lock.release();
    };
    return { ...opened, close };
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openLockedDatabase(
  path: string,
  migrations: Array<new () => MigrationInterface> | undefined,
): Promise<Omit<ReadyDatabase, 'close'> | DamagedDatabase> {
  const isExisting = existsSync(path) && statSync(path).size > 0;
  if (!existsSync(path)) writeFileSync(path, '', { mode: 0o600 });

  if (isExisting) {
    const problem = await checkDatabaseIntegrity(path);
    if (problem) return { state: 'damaged', path, problem };
    restrictToOwner(path);
  }

  const dataSource = createDataSource(path, migrations);
  try {
    await dataSource.initialize();
  } catch (error) {
    await closeQuietly(dataSource);
    return { state: 'damaged', path, problem: `The file could not be opened as a database: ${(error as Error).message}` };
  }
  try {
    await applyDurabilityPragmas(dataSource);
    let backupBeforeMigration: string | null = null;
    if (isExisting && (await dataSource.showMigrations())) {
      backupBeforeMigration = await backUpBeforeUpgrade(dataSource, path);
    }
    await dataSource.runMigrations({ transaction: 'each' });
    return { state: 'ready', path, dataSource, backupBeforeMigration };
  } catch (error) {
    await closeQuietly(dataSource); // the caller gives the folder back: no connection may stay open
    throw error;
  }
}

/** Closes whatever part of the connection was opened, even when initialisation failed halfway. */
async function closeQuietly(dataSource: DataSource): Promise<void> {
  try {
    if (dataSource.isInitialized) await dataSource.destroy();
    else await dataSource.driver.disconnect();
  } catch {
    // Nothing was open.
  }
}

/** A checked copy in the backups folder before an upgrade changes the schema. */
async function backUpBeforeUpgrade(dataSource: DataSource, path: string): Promise<string> {
  const made = await writeBackupCopy(dataSource, backupFolderOf(dirname(path)), 'beforeUpgrade', new Date());
  return join(backupFolderOf(dirname(path)), made.fileName);
}
