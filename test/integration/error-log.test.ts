import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TEST_COST } from '../../electron/core/auth/passwords';
import { createCore, type ReadyCore } from '../../electron/core/core';
import { createFileLog, LOG_FILE, LOG_FOLDER } from '../../electron/core/log/file-log';
import { ADMIN_PASSWORD, admission, errorOf, ManualClock } from '../support/test-core';

// "Something went wrong; the details are in the log": the log exists, says where it went wrong,
// and can be sent to someone outside the centre without sending a resident's name with it.

let dataDir: string;
let core: ReadyCore;
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'hearth-log-'));
  // No `log` option: the core's own default, the file in the data folder.
  const created = await createCore({ dataDir, clock: new ManualClock(), passwordCost: TEST_COST });
  if (created.state !== 'ready') throw new Error(created.problem);
  core = created;
  const set = await core.dispatch('admin', 'auth.setUpFirstAdministrator', { firstName: 'Ada', lastName: 'Admin', username: 'ada', password: ADMIN_PASSWORD, alsoManager: true });
  if (!set.ok) throw new Error(JSON.stringify(set.error));
});
afterEach(async () => {
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const logFile = () => join(dataDir, LOG_FOLDER, LOG_FILE);

describe('an internal error', () => {
  test('is written to logs/hearth.log with its class and stack, but not the name in its message', async () => {
    core.services.residents.list = function listThatFails() {
      throw new TypeError('Cannot read the file of Éloïse Tremblay, born 1990-04-12');
    };
    const result = await core.dispatch('admin', 'residents.list', {});
    expect(errorOf(result)).toMatchObject({ code: 'internal', messageKey: 'problems.internal' });

    const log = readFileSync(logFile(), 'utf8');
    expect(log).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z hearth 0\.0\.0 residents\.list\n/);
    expect(log).toContain('TypeError');
    expect(log).toMatch(/at .*listThatFails/);
    expect(log).toContain('error-log.test.ts');
    for (const secret of ['Éloïse', 'Tremblay', '1990-04-12', 'Cannot read']) expect(log).not.toContain(secret);
  });

  test('from the database keeps the driver’s code, never the query or its parameters', async () => {
    core.services.residents.admit = async (input) => {
      // A real failing query: the parameters (and here the SQL too) hold the resident's details.
      await core.services.dataSource.query(`INSERT INTO residents (id, first_name, last_name) VALUES ('r-${input.lastName}', ?, ?)`, [input.firstName, input.lastName]);
      throw new Error('not reached');
    };
    const result = await core.dispatch('admin', 'residents.admit', admission({ firstName: 'Marguerite', lastName: 'Quintal-Leduc' }));
    expect(errorOf(result).code).toBe('internal');

    const log = readFileSync(logFile(), 'utf8');
    expect(log).toContain('QueryFailedError');
    expect(log).toContain('code=SQLITE_CONSTRAINT');
    expect(log).toContain('residents.admit');
    expect(log).toMatch(/\n {4}at /);
    for (const secret of ['Marguerite', 'Quintal', 'INSERT', 'NOT NULL']) expect(log).not.toContain(secret);
  });

  test('is the only thing logged: a refusal (a bad value, a missing permission) writes no log', async () => {
    expect(errorOf(await core.dispatch('admin', 'residents.admit', admission({ firstName: '' }))).code).toBe('validation');
    expect(errorOf(await core.dispatch('nobody', 'residents.list', {})).code).toBe('unauthenticated');
    expect(existsSync(logFile())).toBe(false);
  });

  test('leaves a log only its owner can read, in a folder only its owner can open', async () => {
    core.services.residents.list = () => Promise.reject(new Error('boom'));
    await core.dispatch('admin', 'residents.list', {});
    expect(statSync(join(dataDir, LOG_FOLDER)).mode & 0o777).toBe(0o700);
    expect(statSync(logFile()).mode & 0o777).toBe(0o600);
  });
});

describe('the log file', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'hearth-log-rotation-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('rotates at its size cap and keeps only a few old files, so it never fills the disk', () => {
    const log = createFileLog(folder, { maxBytes: 4096, keep: 2 });
    for (let i = 0; i < 200; i += 1) log(new RangeError(`entry ${i}`), 'residents.update');

    const files = readdirSync(join(folder, LOG_FOLDER)).sort();
    expect(files).toEqual([LOG_FILE, `${LOG_FILE}.1`, `${LOG_FILE}.2`]);
    for (const name of files) {
      expect(statSync(join(folder, LOG_FOLDER, name)).size).toBeLessThanOrEqual(4096);
      expect(statSync(join(folder, LOG_FOLDER, name)).mode & 0o777).toBe(0o600);
    }
    expect(readFileSync(join(folder, LOG_FOLDER, LOG_FILE), 'utf8')).toContain('RangeError');
  });

  test('narrows a logs folder someone else created open to everyone', () => {
    mkdirSync(join(folder, LOG_FOLDER), { mode: 0o777 });
    createFileLog(folder)(new Error('x'));
    expect(statSync(join(folder, LOG_FOLDER)).mode & 0o777).toBe(0o700);
    expect(existsSync(join(folder, LOG_FOLDER, LOG_FILE))).toBe(true);
  });

  test('says what was thrown when it is not an error, without its content', () => {
    createFileLog(folder)('Éloïse Tremblay', 'residents.get');
    const text = readFileSync(join(folder, LOG_FOLDER, LOG_FILE), 'utf8');
    expect(text).toContain('thrown value of type string');
    expect(text).not.toContain('Éloïse');
  });

  test('keeps a message out even when it spans lines that look like stack frames', () => {
    createFileLog(folder)(new Error('line one\n    at Éloïse Tremblay (room 104)'), 'residents.update');
    const text = readFileSync(join(folder, LOG_FOLDER, LOG_FILE), 'utf8');
    expect(text).toContain('error-log.test.ts');
    expect(text).not.toMatch(/Éloïse|Tremblay|room 104/);
  });

  test('ignores an error’s cause message but describes the cause', () => {
    createFileLog(folder)(new Error('outer Éloïse', { cause: Object.assign(new Error('inner Tremblay'), { code: 'ENOSPC' }) }), 'backups.create');
    const text = readFileSync(join(folder, LOG_FOLDER, LOG_FILE), 'utf8');
    expect(text).toContain('caused by: Error [code=ENOSPC]');
    expect(text).not.toMatch(/Éloïse|Tremblay/);
  });
});
