import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { NestedTransactionError } from '../../electron/core/db/transaction-guard';
import { countRows } from '../support/db-snapshot';
import { admission, startTestCore, type TestCore } from '../support/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
});
afterEach(() => t.dispose());

describe('one operation, one transaction', () => {
  test('a transaction opened inside another one fails loudly, and the outer one writes nothing', async () => {
    const dataSource = t.core.services.dataSource;
    const before = await countRows(t, 'settings');
    const nested = dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO settings (key, value, updated_at) VALUES ('test.outer', '1', 'now')`);
      await dataSource.transaction(async () => undefined);
    });
    await expect(nested).rejects.toBeInstanceOf(NestedTransactionError);
    expect(await countRows(t, 'settings')).toBe(before);
  });

  test('so does one opened through the transaction’s own manager, or from deeper in the same call', async () => {
    const dataSource = t.core.services.dataSource;
    await expect(dataSource.transaction((manager) => manager.transaction(async () => undefined))).rejects.toBeInstanceOf(NestedTransactionError);
    const deeper = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return dataSource.manager.transaction(async () => undefined);
    };
    await expect(dataSource.transaction(() => deeper())).rejects.toBeInstanceOf(NestedTransactionError);
  });

  test('transactions one after another are fine', async () => {
    const dataSource = t.core.services.dataSource;
    expect(await dataSource.transaction(async () => 1)).toBe(1);
    expect(await dataSource.transaction(async () => 2)).toBe(2);
  });

  test('loading demo data (sixty admissions, discharges and readmissions) opens exactly one transaction', async () => {
    const runner = t.core.services.dataSource.createQueryRunner(); // SQLite: the one shared runner
    const starts = vi.spyOn(runner, 'startTransaction');
    try {
      expect(await t.must('admin', 'demo.load', {})).toEqual({ residents: 60, staff: 15 });
      expect(starts).toHaveBeenCalledTimes(1);
    } finally {
      starts.mockRestore();
    }
  });

  test('an admission opens exactly one transaction, its history and audit rows inside it', async () => {
    const runner = t.core.services.dataSource.createQueryRunner();
    const starts = vi.spyOn(runner, 'startTransaction');
    try {
      await t.must('admin', 'residents.admit', admission());
      expect(starts).toHaveBeenCalledTimes(1);
    } finally {
      starts.mockRestore();
    }
  });
});
