import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { OPERATION_NAMES } from '../../shared/contract';
import { runCli } from '../../electron/cli/run-cli';
import { TEST_COST } from '../../electron/core/auth/passwords';
import { createCore, type Core } from '../../electron/core/core';
import { LOCK_FILE_NAME } from '../../electron/core/db/data-dir-lock';
import { admission, errorOf, startTestCore, testAuditKeyStore, type TestCore } from '../support/test-core';

// Two Hearth processes writing one SQLite file would refuse each other's writes mid-transaction.
// The data folder is taken by one core at a time; these tests open a second core in the same
// process, which the lock treats exactly like another live process on this computer.

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function firstCore(): Promise<TestCore> {
  const t = await startTestCore({ lockTiming: LOCK_TIMING });
  cleanups.push(() => t.dispose());
  return t;
}

/** Short enough for tests: a lock untouched for 3 s looks abandoned and is watched for 0.5 s. */
const LOCK_TIMING = { heartbeatMs: 50, freshMs: 3_000, watchMs: 500 };

async function openCore(dataDir: string): Promise<Core> {
  const core = await createCore({ dataDir, passwordCost: TEST_COST, log: () => undefined, lockTiming: LOCK_TIMING });
  cleanups.push(() => core.close());
  return core;
}

function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-lock-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function writeLock(dir: string, holder: { pid: number; host?: string; touchedMinutesAgo?: number }): void {
  const file = join(dir, LOCK_FILE_NAME);
  writeFileSync(file, JSON.stringify({ pid: holder.pid, host: holder.host ?? hostname(), since: '2026-11-23T14:00:00.000Z' }));
  const touched = new Date(Date.now() - (holder.touchedMinutesAgo ?? 0) * 60_000);
  utimesSync(file, touched, touched);
}

function touch(file: string): void {
  const now = new Date();
  utimesSync(file, now, now);
}

/** The pid of a process that has already ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid;
}

function captureOutput() {
  const lines: string[] = [];
  return { lines, out: { info: (line: string) => lines.push(line), error: (line: string) => lines.push(line) } };
}

describe('one Hearth process per data folder', () => {
  test('a second core on a folder in use is turned away: it says who holds it, answers nothing else, and the first keeps working', async () => {
    const t = await firstCore();
    const second = await openCore(t.dataDir);

    expect(second.state).toBe('inUse');
    const status = await second.dispatch('w', 'system.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: { database: { state: 'inUse', file: 'hearth.sqlite', heldBy: { pid: process.pid, host: hostname(), since: expect.any(String) } } },
    });
    for (const name of OPERATION_NAMES.filter((n) => n !== 'system.status')) {
      expect(errorOf(await second.dispatch('w', name, {})).code, name).toBe('unavailable');
    }

    await t.must('admin', 'residents.admit', admission());
    expect((await t.must('admin', 'residents.list', { status: 'all' })).rows).toHaveLength(1);
  });

  test('closing the core gives the folder back: the lock file goes and the next core opens it with the data intact', async () => {
    const t = await firstCore();
    await t.must('admin', 'residents.admit', admission());
    expect(existsSync(join(t.dataDir, LOCK_FILE_NAME))).toBe(true);
    await t.core.close();
    expect(existsSync(join(t.dataDir, LOCK_FILE_NAME))).toBe(false);

    const reopened = await openCore(t.dataDir);
    expect(reopened.state).toBe('ready');
    const rows = await (reopened.state === 'ready' ? reopened.services.dataSource.query('SELECT last_name FROM residents') : []);
    expect(rows).toEqual([{ last_name: 'Tremblay' }]);
  });

  test('a lock left by a process that ended (a crash) is replaced', async () => {
    const dir = newDir();
    writeLock(dir, { pid: endedPid() });
    const core = await openCore(dir);
    expect(core.state).toBe('ready');
  });

  test('a lock whose process number now belongs to another program (a restart after a power cut) is replaced once it stays untouched while watched', async () => {
    const dir = newDir();
    writeLock(dir, { pid: process.ppid, touchedMinutesAgo: 10 });
    expect((await openCore(dir)).state).toBe('ready');
  });

  test('a live holder that was asleep is respected: it touches its lock while the newcomer watches', async () => {
    const dir = newDir();
    writeLock(dir, { pid: process.ppid, touchedMinutesAgo: 10 });
    const waking = setTimeout(() => touch(join(dir, LOCK_FILE_NAME)), 100);
    try {
      expect((await openCore(dir)).state).toBe('inUse');
    } finally {
      clearTimeout(waking);
    }
  });

  test('a holder touches its lock while it runs, so that nobody takes it over', async () => {
    const t = await firstCore();
    const lockFile = join(t.dataDir, LOCK_FILE_NAME);
    utimesSync(lockFile, new Date(Date.now() - 600_000), new Date(Date.now() - 600_000));
    const before = statSync(lockFile).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(statSync(lockFile).mtimeMs).toBeGreaterThan(before);
    expect((await openCore(t.dataDir)).state).toBe('inUse');
  });

  test('a lock file cut short by a crash is replaced', async () => {
    const dir = newDir();
    writeFileSync(join(dir, LOCK_FILE_NAME), '{"pid": 12');
    utimesSync(join(dir, LOCK_FILE_NAME), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect((await openCore(dir)).state).toBe('ready');
  });

  test('a lock from another computer on a shared folder is respected while that computer keeps it fresh', async () => {
    const dir = newDir();
    writeLock(dir, { pid: endedPid(), host: 'office-pc-2' });
    const core = await openCore(dir);
    expect(core.state).toBe('inUse');
    expect(core.state !== 'ready' && core.problem).toContain('office-pc-2');
    // Turned away before touching anything: no database file was created.
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
  });

  test('a lock from another computer that nobody touches any more (renamed, or crashed) is replaced', async () => {
    const dir = newDir();
    writeLock(dir, { pid: process.pid, host: 'old-name-of-this-pc', touchedMinutesAgo: 30 });
    expect((await openCore(dir)).state).toBe('ready');
  });
});

describe('command-line tasks beside a running app', () => {
  test('loading demo data is refused while the folder is in use, and the register is unchanged', async () => {
    const t = await firstCore();
    const { lines, out } = captureOutput();
    expect(await runCli('seed-demo', t.dataDir, out)).toBe(1);
    expect(lines.join('\n')).toMatch(/in use by another Hearth process .*Close it, then try again\./);
    expect((await t.must('admin', 'residents.list', { status: 'all' })).rows).toHaveLength(0);
  });

  test('verifying the audit trail only reads, so it runs while the app has the folder open', async () => {
    const t = await firstCore();
    await t.must('admin', 'residents.admit', admission());
    const { lines, out } = captureOutput();
    expect(await runCli('verify-audit', t.dataDir, out, [], testAuditKeyStore(t.dataDir))).toBe(0);
    expect(lines.join('\n')).toMatch(/^Audit trail intact: \d+ rows checked/);
    // The app still writes afterwards: the check held no lock.
    await t.must('admin', 'residents.admit', admission({ lastName: 'Gagnon' }));
  });

  test('verifying reports a broken trail with exit code 1, beside the running app', async () => {
    const t = await firstCore();
    await t.must('admin', 'residents.admit', admission());
    await t.core.services.dataSource.query("UPDATE audit_events SET action = 'auth.signOut' WHERE seq = 2");
    const { lines, out } = captureOutput();
    expect(await runCli('verify-audit', t.dataDir, out, [], testAuditKeyStore(t.dataDir))).toBe(1);
    expect(lines.join('\n')).toMatch(/^Audit trail BROKEN at row #2: content_changed/);
  });

  test('verifying a folder without a database, or one from another version, says so and creates nothing', async () => {
    const empty = newDir();
    const first = captureOutput();
    expect(await runCli('verify-audit', empty, first.out)).toBe(1);
    expect(first.lines.join('\n')).toContain('There is no database in this folder.');
    expect(readdirSync(empty)).toEqual([]);

    const t = await firstCore();
    await t.core.services.dataSource.query('DELETE FROM migrations');
    const second = captureOutput();
    expect(await runCli('verify-audit', t.dataDir, second.out)).toBe(1);
    expect(second.lines.join('\n')).toContain('another version of Hearth');
  });

  test('verifying prints the newest fingerprint, confirms a noted one, and exits with 1 when it does not match', async () => {
    const t = await firstCore();
    await t.must('admin', 'residents.admit', admission());
    const first = captureOutput();
    expect(await runCli('verify-audit', t.dataDir, first.out)).toBe(0);
    const [, seq, fingerprint] = /Fingerprint of row #(\d+): ([0-9A-F-]{19})/.exec(first.lines.join('\n'))!;

    const again = captureOutput();
    expect(await runCli('verify-audit', t.dataDir, again.out, ['--noted', `${seq}:${fingerprint}`])).toBe(0);
    expect(again.lines).toContain(`The noted fingerprint of row #${seq} matches.`);

    const wrong = captureOutput();
    expect(await runCli('verify-audit', t.dataDir, wrong.out, ['--noted', `${seq}:0000-0000-0000-0000`])).toBe(1);
    expect(wrong.lines.join('\n')).toMatch(/does not match\. .*the trail was rebuilt since it was noted\./);

    const malformed = captureOutput();
    expect(await runCli('verify-audit', t.dataDir, malformed.out, ['--noted', 'row five'])).toBe(2);
    expect(malformed.lines.join('\n')).toMatch(/^Usage:/);
  });
});
