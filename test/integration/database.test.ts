import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createCore } from '../../electron/core/core';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { DATABASE_FILE_NAME } from '../../electron/core/db/open-database';
import { OPERATION_NAMES } from '../../shared/contract';
import { ADMIN_PASSWORD, admission, errorOf, startTestCore, type TestCore, newOpening } from '../support/test-core';

const MIGRATIONS_DIR = join(__dirname, '../../electron/core/db/migrations');
const temporaryDirs: string[] = [];
function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-db-test-'));
  temporaryDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

describe('a freshly created database', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await startTestCore();
  });
  afterAll(() => t.dispose());
  const pragma = async (name: string) => Object.values((await t.core.services.dataSource.query<Array<Record<string, unknown>>>(`PRAGMA ${name}`))[0])[0];

  test('runs with a write-ahead log, full sync, foreign keys and a busy timeout', async () => {
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2); // FULL
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBeGreaterThan(0);
  });

  test('has exactly the schema the entities describe (nothing for TypeORM to add or change)', async () => {
    const diff = await t.core.services.dataSource.driver.createSchemaBuilder().log();
    expect(diff.upQueries.map((query) => query.query)).toEqual([]);
  });

  test('has every migration applied, none pending', async () => {
    expect(await t.core.services.dataSource.showMigrations()).toBe(false);
    const applied = await t.core.services.dataSource.query<Array<{ name: string }>>('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((row) => row.name)).toEqual(MIGRATIONS.map((Migration) => new Migration().name));
  });

  test('refuses to delete a resident who has status history (foreign keys enforced)', async () => {
    const resident = await t.must('admin', 'residents.admit', admission());
    await expect(t.core.services.dataSource.query('DELETE FROM residents WHERE id = ?', [resident.id])).rejects.toThrow(/FOREIGN KEY/);
  });
});

describe('the migrations list', () => {
  const files = readdirSync(MIGRATIONS_DIR).filter((file) => /^\d{4}-.+\.ts$/.test(file)).sort();

  test('names every NNNN-*.ts file of the migrations folder, in order', async () => {
    expect(files.length).toBeGreaterThan(0);
    const fromFiles = [];
    for (const file of files) {
      const exported = Object.values((await import(join(MIGRATIONS_DIR, file))) as Record<string, unknown>).filter(
        (value) => typeof value === 'function' && typeof (value as { prototype?: { up?: unknown } }).prototype?.up === 'function',
      );
      expect(exported, file).toHaveLength(1);
      fromFiles.push(exported[0]);
    }
    expect(MIGRATIONS).toEqual(fromFiles);
    expect(readdirSync(MIGRATIONS_DIR).filter((file) => file !== 'index.ts' && !files.includes(file))).toEqual([]);
  });

  test('is numbered 0001, 0002 … without gaps, and TypeORM’s timestamps keep that order', () => {
    expect(files.map((file) => file.slice(0, 4))).toEqual(files.map((_, i) => String(i + 1).padStart(4, '0')));
    const names = MIGRATIONS.map((Migration) => new Migration().name ?? '');
    names.forEach((name, i) => expect(name).toMatch(new RegExp(`^M${String(i + 1).padStart(4, '0')}\\w*\\d{13}$`)));
    const timestamps = names.map((name) => Number(name.slice(-13)));
    expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
    expect(new Set(timestamps).size).toBe(timestamps.length);
  });
});

describe('a damaged database file', () => {
  /** The bytes of a real, closed database holding a few residents. */
  let sound: Buffer;
  beforeAll(async () => {
    const t = await startTestCore({ dataDir: newDir() });
    for (let i = 0; i < 20; i += 1) await t.must('admin', 'residents.admit', admission({ lastName: `Family${i}` }));
    await t.dispose(); // closing checkpoints the write-ahead log into the file
    sound = readFileSync(join(t.dataDir, DATABASE_FILE_NAME));
    expect(sound.length).toBeGreaterThan(8 * 4096);
  });

  const damages: Array<[string, () => Buffer]> = [
    ['not a database at all', () => Buffer.from('These are someone’s holiday photos, not a database.\n'.repeat(200))],
    ['a page overwritten with garbage', () => Buffer.from(sound).fill(0xff, 4096, 8192)],
    ['a few bytes zeroed inside a page', () => Buffer.from(sound).fill(0x00, 4096 + 8, 4096 + 200)],
    ['cut off in the middle of its pages', () => sound.subarray(0, Math.floor(sound.length / 2) + 100)],
    ['a damaged header', () => Buffer.from(sound).fill(0x41, 0, 16)],
  ];

  test.each(damages)('(%s) is reported, nothing but status answers, and the file is left byte for byte as it was', async (_label, damage) => {
    const dir = newDir();
    const file = join(dir, DATABASE_FILE_NAME);
    writeFileSync(file, damage());
    const digest = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = digest();

    const core = await createCore({ dataDir: dir, log: () => undefined });
    expect(core.state).toBe('damaged');
    const status = await core.dispatch('w', 'system.status', {});
    expect(status).toMatchObject({ ok: true, value: { database: { state: 'damaged', file: DATABASE_FILE_NAME, problem: expect.any(String) } } });
    for (const name of OPERATION_NAMES.filter((n) => n !== 'system.status')) {
      expect(errorOf(await core.dispatch('w', name, {})).code, name).toBe('unavailable');
    }
    await core.close();

    expect(digest()).toBe(before);
    // Reading a WAL-mode file may leave an empty log and a shared-memory file beside it; nothing else, nothing logged.
    const beside = readdirSync(dir).filter((f) => f !== DATABASE_FILE_NAME);
    for (const other of beside) expect(other).toMatch(/-(wal|shm)$/);
    for (const log of beside.filter((f) => f.endsWith('-wal'))) expect(statSync(join(dir, log)).size).toBe(0);
  });
});

test('a damaged file names the newest backup copy to restore in its place', async () => {
  const dir = newDir();
  const t = await startTestCore({ dataDir: dir });
  await t.must('admin', 'residents.admit', admission());
  const older = await t.must('admin', 'backups.create', {});
  t.clock.advance(60_000);
  const newest = await t.must('admin', 'backups.create', {});
  await t.dispose();
  writeFileSync(join(dir, DATABASE_FILE_NAME), 'no longer a database '.repeat(300));

  const core = await createCore({ dataDir: dir, log: () => undefined });
  expect(await core.dispatch('w', 'system.status', {})).toMatchObject({
    ok: true,
    value: { database: { state: 'damaged', latestBackup: `backups/${newest.fileName}` } },
  });
  expect(newest.fileName).not.toBe(older.fileName);
  await core.close();
});

describe('reopening a database', () => {
  let t: TestCore | null = null;
  afterEach(async () => {
    await t?.dispose();
    t = null;
  });

  test('keeps its data and accounts; sessions do not survive the restart', async () => {
    const dataDir = newDir();
    t = await startTestCore({ dataDir });
    const resident = await t.must('admin', 'residents.admit', admission());
    await t.dispose();

    t = await startTestCore({ dataDir, setUpAdmin: false });
    expect((await t.must('admin', 'system.status', {})).needsFirstAdministrator).toBe(false);
    expect(await t.must('admin', 'auth.session', {})).toBeNull();
    await t.must('admin', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
    expect((await t.must('admin', 'residents.get', { id: resident.id, openingId: newOpening() })).firstName).toBe('Éloïse');
    expect(await t.must('admin', 'audit.verify', {})).toMatchObject({ intact: true });
    expect(readdirSync(dataDir).filter((f) => f.includes('before-upgrade'))).toEqual([]); // no migration, no backup
  });

  test('after a crash keeps what was committed, even if it was still only in the write-ahead log', async () => {
    t = await startTestCore({ dataDir: newDir() });
    const resident = await t.must('admin', 'residents.admit', admission());
    // Copy the files as a power cut would leave them: the open database and its log, no shared memory.
    const crashed = newDir();
    copyFileSync(join(t.dataDir, DATABASE_FILE_NAME), join(crashed, DATABASE_FILE_NAME));
    copyFileSync(join(t.dataDir, `${DATABASE_FILE_NAME}-wal`), join(crashed, `${DATABASE_FILE_NAME}-wal`));
    expect(statSync(join(crashed, `${DATABASE_FILE_NAME}-wal`)).size).toBeGreaterThan(0);
    await t.dispose();

    t = await startTestCore({ dataDir: crashed, setUpAdmin: false });
    await t.must('admin', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
    expect((await t.must('admin', 'residents.get', { id: resident.id, openingId: newOpening() })).lastName).toBe('Tremblay');
    expect(await t.must('admin', 'audit.verify', {})).toMatchObject({ intact: true });
  });
});
