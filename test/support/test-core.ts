import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputOf, OperationName, OutputOf } from '../../shared/contract';
import type { AppError, Result } from '../../shared/errors';
import type { Role } from '../../shared/permissions';
import { TEST_COST, type PasswordHashCost } from '../../electron/core/auth/passwords';
import type { Clock } from '../../electron/core/clock';
import { fileAuditKeyStore, type AuditKeyStore } from '../../electron/core/audit/audit-key-store';
import { createCore, type ReadyCore } from '../../electron/core/core';
import type { LockTiming } from '../../electron/core/db/data-dir-lock';

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date = new Date('2026-11-23T15:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  /** Jumps to an instant (ISO 8601), e.g. to put an event on a given calendar day. */
  set(instant: string): void {
    this.current = new Date(instant);
  }
}

export const ADMIN_PASSWORD = 'correct horse battery';
export const STAFF_PASSWORD = 'staple paper clip 42';

export interface TestCore {
  core: ReadyCore;
  dataDir: string;
  clock: ManualClock;
  /** Calls an operation as the window `channel` would. */
  call<N extends OperationName>(channel: string, name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>>;
  /** Like call, but fails the test on an error result. */
  must<N extends OperationName>(channel: string, name: N, input: InputOf<N>): Promise<OutputOf<N>>;
  /** Signs in on `channel` a new staff member holding `roles` (password already changed). */
  signInAs(channel: string, roles: Role[], name?: string): Promise<OutputOf<'auth.signIn'>>;
  dispose(): Promise<void>;
}

let counter = 0;

/**
 * Each test data folder's audit key lives in its own temporary folder beside it (never inside the
 * data folder, as in the app), found again when a test reopens the same data folder.
 */
const keyFolders = new Map<string, string>();
export function testAuditKeyFile(dataDir: string): string {
  let folder = keyFolders.get(dataDir);
  if (!folder) {
    folder = mkdtempSync(join(tmpdir(), 'hearth-test-key-'));
    keyFolders.set(dataDir, folder);
  }
  return join(folder, 'audit.key');
}
export function testAuditKeyStore(dataDir: string): AuditKeyStore {
  return fileAuditKeyStore(testAuditKeyFile(dataDir));
}
process.once('exit', () => {
  for (const folder of keyFolders.values()) rmSync(folder, { recursive: true, force: true });
});

/** A real core on a fresh temporary SQLite file, with the first administrator signed in on channel "admin". */
export async function startTestCore(options: { setUpAdmin?: boolean; dataDir?: string; lockTiming?: LockTiming; passwordCost?: PasswordHashCost } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hearth-test-'));
  const clock = new ManualClock();
  const core = await createCore({ dataDir, clock, passwordCost: options.passwordCost ?? TEST_COST, log: () => undefined, lockTiming: options.lockTiming, auditKeyStore: testAuditKeyStore(dataDir) });
  if (core.state !== 'ready') throw new Error(`core not ready: ${core.problem}`);

  const call = (channel: string, name: OperationName, input: unknown) => core.dispatch(channel, name, input);
  const must = async (channel: string, name: OperationName, input: unknown) => {
    const result = await call(channel, name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const testCore: TestCore = {
    core,
    dataDir,
    clock,
    call: call as TestCore['call'],
    must: must as TestCore['must'],
    async signInAs(channel, roles, name) {
      counter += 1;
      const username = `user${counter}`;
      const member = (await must('admin', 'staff.create', { firstName: name ?? `Test${counter}`, lastName: roles.join('-'), roles, email: '', phone: '' })) as { id: string };
      await must('admin', 'accounts.create', { staffId: member.id, username, temporaryPassword: 'temporary pass 1' });
      await must(channel, 'auth.signIn', { username, password: 'temporary pass 1' });
      return (await must(channel, 'auth.changePassword', { currentPassword: 'temporary pass 1', newPassword: STAFF_PASSWORD })) as OutputOf<'auth.signIn'>;
    },
    async dispose() {
      await core.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  if (options.setUpAdmin !== false) {
    await must('admin', 'auth.setUpFirstAdministrator', { firstName: 'Ada', lastName: 'Admin', username: 'ada', password: ADMIN_PASSWORD, alsoManager: true });
  }
  return testCore;
}

export function errorOf<T>(result: Result<T>): AppError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

/** A valid admission, with overrides. */
export function admission(overrides: Partial<InputOf<'residents.admit'>> = {}): InputOf<'residents.admit'> {
  return {
    firstName: 'Éloïse',
    lastName: 'Tremblay',
    preferredName: '',
    pronouns: 'she/her',
    dateOfBirth: '1990-04-12',
    admissionDate: '2026-11-02',
    program: 'residential',
    language: 'fr',
    house: 'Maple House',
    room: '104',
    emergencyContactName: 'Marc Tremblay',
    emergencyContactRelationship: 'Brother',
    emergencyContactPhone: '819-555-0142',
    emergencyContactEmail: '',
    equineWaiverSignedOn: '2026-11-03',
    photoConsent: true,
    ...overrides,
  };
}

/**
 * The stored `version` of a record, read with raw SQL (residents.get would itself write an audit
 * row): what a form that just loaded the record sends as `expectedVersion`.
 */
export async function versionOf(t: TestCore, table: 'residents' | 'staff_members' | 'accounts' | 'centre_settings', id: string): Promise<number> {
  const rows = await t.core.services.dataSource.query<Array<{ v: number }>>(`SELECT version AS v FROM ${table} WHERE id = ?`, [id]);
  return rows[0]?.v ?? 999_999;
}

/** A new opening of a record by a screen (residents.get audits one row per opening). */
export const newOpening = (): string => randomUUID();
