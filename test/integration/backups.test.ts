import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { TEST_COST } from '../../electron/core/auth/passwords';
import { BACKUP_FOLDER_NAME } from '../../electron/core/backups/backup-files';
import { DAILY_BACKUPS_KEPT } from '../../electron/core/backups/backup-service';
import { createCore } from '../../electron/core/core';
import { createReadOnlyDataSource } from '../../electron/core/db/data-source';
import { auditRows } from '../support/db-snapshot';
import { admission, ManualClock, startTestCore, testAuditKeyStore, type TestCore } from '../support/test-core';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function started(options: Parameters<typeof startTestCore>[0] = {}): Promise<TestCore> {
  const t = await startTestCore(options);
  cleanups.push(() => t.dispose());
  return t;
}

async function residentsIn(file: string): Promise<string[]> {
  const copy = createReadOnlyDataSource(file);
  await copy.initialize();
  try {
    const rows = await copy.query<Array<{ last_name: string }>>('SELECT last_name FROM residents ORDER BY last_name');
    return rows.map((row) => row.last_name);
  } finally {
    await copy.destroy();
  }
}

describe('backing up now', () => {
  test('makes a checked, owner-only copy of every record in the backups folder, listed newest first and recorded in the audit trail', async () => {
    const t = await started();
    await t.must('admin', 'residents.admit', admission({ lastName: 'Tremblay' }));
    await t.must('admin', 'residents.admit', admission({ lastName: 'Gagnon', firstName: 'Luc' }));

    const made = await t.must('admin', 'backups.create', {});
    const folder = join(t.dataDir, BACKUP_FOLDER_NAME);
    expect(made).toMatchObject({ kind: 'manual', createdAt: '2026-11-23T15:00:00.000Z', fileName: 'hearth-manual-2026-11-23T15-00-00-000Z.sqlite' });
    expect(made.sizeBytes).toBe(statSync(join(folder, made.fileName)).size);
    expect(await residentsIn(join(folder, made.fileName))).toEqual(['Gagnon', 'Tremblay']);
    // Written under a temporary name and renamed once checked and synced: nothing else is left.
    expect(readdirSync(folder)).toEqual([made.fileName]);
    if (process.platform !== 'win32') {
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      expect(statSync(join(folder, made.fileName)).mode & 0o777).toBe(0o600);
    }

    const [row] = (await auditRows(t)).filter((r) => r.action === 'database.backup');
    expect(row).toMatchObject({ entity_type: 'database', details: { kind: 'manual', fileName: made.fileName } });
    expect(row.actor_staff_id).toBe((await t.must('admin', 'auth.session', {}))!.staffId);

    t.clock.advance(60_000);
    const later = await t.must('admin', 'backups.create', {});
    expect(await t.must('admin', 'backups.list', {})).toEqual({ folder, backups: [later, made] });
  });

  test('two copies in the same millisecond get two files', async () => {
    const t = await started();
    const first = await t.must('admin', 'backups.create', {});
    const second = await t.must('admin', 'backups.create', {});
    expect(second.fileName).not.toBe(first.fileName);
    expect((await t.must('admin', 'backups.list', {})).backups).toHaveLength(2);
  });

  test('files in the folder that are not Hearth copies are left out of the list', async () => {
    const t = await started();
    mkdirSync(join(t.dataDir, BACKUP_FOLDER_NAME), { recursive: true });
    writeFileSync(join(t.dataDir, BACKUP_FOLDER_NAME, 'notes.txt'), 'not a backup');
    writeFileSync(join(t.dataDir, BACKUP_FOLDER_NAME, 'hearth-manual-yesterday.sqlite'), '');
    expect((await t.must('admin', 'backups.list', {})).backups).toEqual([]);
  });
});

describe('the daily copy', () => {
  test('is made when Hearth starts on a database with activity, not again the same day, and again a day later', async () => {
    const t = await started();
    await t.must('admin', 'residents.admit', admission());
    const { backups } = t.core.services;
    expect(await backups.ensureDaily()).toMatchObject({ kind: 'daily', createdAt: '2026-11-23T15:00:00.000Z' });
    // 20 hours, not 24: opened at 14:55 tomorrow after 15:00 today, it still copies.
    t.clock.advance(20 * HOUR_MS - 1);
    expect(await backups.ensureDaily()).toBeNull();
    t.clock.advance(1);
    expect(await backups.ensureDaily()).toMatchObject({ kind: 'daily' });
    expect((await auditRows(t)).filter((r) => r.action === 'database.backup').map((r) => [r.actor_staff_id, r.details.kind])).toEqual([
      [null, 'daily'],
      [null, 'daily'],
    ]);
  });

  test('is made at start-up by the core itself', async () => {
    const t = await started();
    await t.must('admin', 'residents.admit', admission());
    const { dataDir } = t;
    await t.core.close();
    const reopened = await createCore({ dataDir, clock: new ManualClock(), passwordCost: TEST_COST, auditKeyStore: testAuditKeyStore(dataDir), log: () => undefined });
    cleanups.push(() => reopened.close());
    if (reopened.state !== 'ready') throw new Error(reopened.problem);
    // Queued at start-up, ahead of the first call: once that call answers, the copy exists.
    await reopened.dispatch('w', 'system.status', {});
    expect(reopened.services.backups.overview().backups.map((b) => b.kind)).toEqual(['daily']);
  });

  test('is not made for a database where nothing has happened yet', async () => {
    const t = await started({ setUpAdmin: false });
    expect(await t.core.services.backups.ensureDaily()).toBeNull();
    expect(t.core.services.backups.overview().backups).toEqual([]);
  });

  test(`keeps the last ${DAILY_BACKUPS_KEPT} daily copies and every manual one`, async () => {
    const t = await started();
    const manual = await t.must('admin', 'backups.create', {});
    for (let day = 0; day < DAILY_BACKUPS_KEPT + 3; day++) {
      t.clock.advance(DAY_MS);
      expect(await t.core.services.backups.ensureDaily()).not.toBeNull();
    }
    const { backups } = t.core.services.backups.overview();
    const daily = backups.filter((b) => b.kind === 'daily');
    expect(daily).toHaveLength(DAILY_BACKUPS_KEPT);
    expect(daily.at(-1)!.createdAt).toBe(new Date(Date.parse('2026-11-23T15:00:00.000Z') + 4 * DAY_MS).toISOString());
    expect(backups.filter((b) => b.kind === 'manual')).toEqual([manual]);
  });

  test('is not held back by a copy dated in the future (made while the clock was wrong), which is pruned first', async () => {
    const t = await started();
    const folder = join(t.dataDir, BACKUP_FOLDER_NAME);
    mkdirSync(folder, { recursive: true });
    const fromTheFuture = 'hearth-daily-2027-06-01T08-00-00-000Z.sqlite';
    writeFileSync(join(folder, fromTheFuture), 'made when the clock said 2027');
    for (let day = 0; day < DAILY_BACKUPS_KEPT; day++) {
      expect(await t.core.services.backups.ensureDaily()).not.toBeNull();
      t.clock.advance(DAY_MS);
    }
    const names = t.core.services.backups.overview().backups.map((b) => b.fileName);
    expect(names).toHaveLength(DAILY_BACKUPS_KEPT);
    expect(names).not.toContain(fromTheFuture);
  });

  test('that fails never keeps Hearth from starting: it is logged and the app opens', async () => {
    const t = await started();
    await t.must('admin', 'residents.admit', admission());
    const { dataDir } = t;
    await t.core.close();
    writeFileSync(join(dataDir, BACKUP_FOLDER_NAME), 'a file where the backups folder should be');
    const logged: unknown[] = [];
    const reopened = await createCore({ dataDir, clock: new ManualClock(), passwordCost: TEST_COST, auditKeyStore: testAuditKeyStore(dataDir), log: (error) => logged.push(error) });
    cleanups.push(() => reopened.close());
    expect(reopened.state).toBe('ready');
    expect(await reopened.dispatch('w', 'system.status', {})).toMatchObject({ ok: true });
    expect(logged).toHaveLength(1);
  });
});
