import 'reflect-metadata';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import type { MigrationInterface } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { guardAgainstNestedTransactions } from './transaction-guard';

/** A waiting writer gives up after this long rather than hanging the window (another process holds the lock). */
const BUSY_TIMEOUT_MS = 5000;

/** `migrations` is the shipped list; tests of the upgrade path pass a longer one. */
export function createDataSource(file: string, migrations: Array<new () => MigrationInterface> = MIGRATIONS): DataSource {
  const dataSource = new DataSource({
    ...commonOptions(file),
    migrations,
    migrationsTransactionMode: 'each',
    enableWAL: true, // readers do not block the writer; survives a crash mid-write
  });
  guardAgainstNestedTransactions(dataSource);
  return dataSource;
}

/**
 * A connection that cannot write, for checks that run beside the app (audit verification): it
 * takes no folder lock and runs no migration. WAL lets it read while another process writes.
 */
export function createReadOnlyDataSource(file: string): DataSource {
  const dataSource = new DataSource({ ...commonOptions(file), migrations: [], flags: sqlite3.OPEN_READONLY });
  guardAgainstNestedTransactions(dataSource);
  return dataSource;
}

function commonOptions(file: string) {
  return {
    type: 'sqlite' as const,
    database: file,
    entities: ENTITIES,
    synchronize: false, // never: schema changes are numbered migrations, so upgrades keep data
    busyTimeout: BUSY_TIMEOUT_MS,
    // Failed queries reach the dispatcher's log as errors; TypeORM's own logger would print their
    // parameters, which can be residents' personal details.
    logging: false,
  };
}

/** PRAGMAs TypeORM does not set itself (it sets WAL, busy_timeout and foreign_keys=ON). */
export async function applyDurabilityPragmas(dataSource: DataSource): Promise<void> {
  // FULL: a committed transaction survives a power cut, not only an application crash.
  await dataSource.query('PRAGMA synchronous = FULL');
}
