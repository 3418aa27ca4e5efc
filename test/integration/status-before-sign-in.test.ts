import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { TEST_COST } from '../../electron/core/auth/passwords';
import { createCore, type Core } from '../../electron/core/core';
import { startTestCore } from '../support/test-core';

// system.status answers anyone at the screen before sign-in. It names files relative to the data
// folder only: a full path tells a passer-by the account's user name and where the records are.

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-status-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function openCore(dataDir: string): Promise<Core> {
  const core = await createCore({ dataDir, passwordCost: TEST_COST, log: () => undefined, lockTiming: { heartbeatMs: 50, freshMs: 3_000, watchMs: 500 } });
  cleanups.push(() => core.close());
  return core;
}

/** No absolute path (POSIX or Windows), and nothing of the data folder, the temp folder or the home folder. */
function expectNoPathIn(answer: unknown, dataDir: string): void {
  const text = JSON.stringify(answer);
  for (const folder of [dataDir, tmpdir(), homedir(), userInfo().username.length > 2 ? `/${userInfo().username}` : dataDir]) expect(text).not.toContain(folder);
  const strings: string[] = [];
  JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' && strings.push(value), value));
  for (const value of strings) expect(value).not.toMatch(/(^|\s)(\/[^/\s]+\/|[A-Za-z]:\\|\\\\)/);
}

describe('the status shown before sign-in', () => {
  test('on a new database waiting for its first administrator names only hearth.sqlite', async () => {
    const dataDir = newDir();
    const core = await openCore(dataDir);
    const status = await core.dispatch('door', 'system.status', {});
    expect(status).toMatchObject({ ok: true, value: { database: { state: 'ready', file: 'hearth.sqlite' }, needsFirstAdministrator: true } });
    expectNoPathIn(status, dataDir);
  });

  test('on a database in use by someone signed in elsewhere tells no path', async () => {
    const t = await startTestCore();
    cleanups.push(() => t.dispose());
    const status = await t.core.dispatch('a-window-nobody-signed-into', 'system.status', {});
    expect(status).toMatchObject({ ok: true, value: { database: { state: 'ready', file: 'hearth.sqlite' }, needsFirstAdministrator: false } });
    expectNoPathIn(status, t.dataDir);
  });

  test('on a damaged database names the file and the newest backup inside the data folder', async () => {
    const dataDir = newDir();
    writeFileSync(join(dataDir, 'hearth.sqlite'), 'This is not a SQLite database. '.repeat(200));
    mkdirSync(join(dataDir, 'backups'));
    writeFileSync(join(dataDir, 'backups', 'hearth-daily-2026-11-22T08-00-00-000Z.sqlite'), 'a copy');
    const core = await openCore(dataDir);
    const status = await core.dispatch('door', 'system.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: { database: { state: 'damaged', file: 'hearth.sqlite', problem: expect.any(String), latestBackup: 'backups/hearth-daily-2026-11-22T08-00-00-000Z.sqlite' } },
    });
    expectNoPathIn(status, dataDir);
  });

  test('on a data folder another Hearth holds says who holds it, not where it is', async () => {
    const t = await startTestCore({ lockTiming: { heartbeatMs: 50, freshMs: 3_000, watchMs: 500 } });
    cleanups.push(() => t.dispose());
    const second = await openCore(t.dataDir);
    const status = await second.dispatch('door', 'system.status', {});
    expect(status).toMatchObject({ ok: true, value: { database: { state: 'inUse', file: 'hearth.sqlite', heldBy: { pid: process.pid } } } });
    expectNoPathIn(status, t.dataDir);
  });
});
