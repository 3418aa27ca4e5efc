import { expect } from 'vitest';
import type { TestCore } from './test-core';

/** Every row of every table (TypeORM's migrations table included), in storage order. */
export type DatabaseSnapshot = Record<string, unknown[]>;

export async function snapshotDatabase(t: TestCore): Promise<DatabaseSnapshot> {
  const dataSource = t.core.services.dataSource;
  const tables = await dataSource.query<Array<{ name: string }>>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const snapshot: DatabaseSnapshot = {};
  for (const { name } of tables) snapshot[name] = await dataSource.query<unknown[]>(`SELECT * FROM "${name}" ORDER BY rowid`);
  return snapshot;
}

/** Runs `action` and fails the test if any row of any table was added, changed or removed. */
export async function expectNothingWritten<T>(t: TestCore, action: () => Promise<T>): Promise<T> {
  const before = await snapshotDatabase(t);
  const result = await action();
  expect(await snapshotDatabase(t)).toEqual(before);
  return result;
}

export async function countRows(t: TestCore, table: string, where = '1 = 1', parameters: unknown[] = []): Promise<number> {
  const rows = await t.core.services.dataSource.query<Array<{ n: number }>>(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`, parameters);
  return Number(rows[0].n);
}

/** Raw audit rows with their JSON details parsed, oldest first. */
export async function auditRows(t: TestCore): Promise<Array<{ seq: number; action: string; entity_type: string | null; entity_id: string | null; resident_id: string | null; actor_staff_id: string | null; details: Record<string, unknown> }>> {
  const rows = await t.core.services.dataSource.query<Array<Record<string, unknown>>>('SELECT * FROM audit_events ORDER BY seq');
  return rows.map((row) => ({ ...row, details: JSON.parse(String(row.details)) as Record<string, unknown> })) as never;
}
