import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { contract, type OperationName } from '../../shared/contract';
import { ERROR_CODES, type AppError, type Result } from '../../shared/errors';
import { hasPermission, PERMISSIONS, ROLES, type Role } from '../../shared/permissions';
import { STAFF_PASSWORD, type TestCore } from './test-core';

// The people a fuzzed call comes from, kept in the state they are meant to be in, and the check
// that a refusal wrote nothing.

export interface Caller {
  /** For reports: the role, "no session" or "locked". */
  label: string;
  channel: string;
  kind: 'role' | 'anonymous' | 'locked';
  /** The credentials the valid inputs use (sign-in, unlock, password change); updated when a fuzzed password change goes through. */
  me: { username: string; password: string };
}

/** One window per role (a person holding only that role), one with nobody signed in, one locked. */
export async function createCallers(t: TestCore): Promise<Caller[]> {
  const callers: Caller[] = [];
  for (const role of ROLES) {
    const channel = `fuzz:${role}`;
    const session = await t.signInAs(channel, [role]);
    callers.push({ label: role, channel, kind: 'role', me: { username: session.username, password: STAFF_PASSWORD } });
  }
  // The stranger knows someone's password (a colleague's, typed on a shared computer): sign-in can succeed.
  const stranger = await t.signInAs('fuzz:stranger-setup', ['facilitator']);
  await t.must('fuzz:stranger-setup', 'auth.signOut', {});
  callers.push({ label: 'no session', channel: 'fuzz:anonymous', kind: 'anonymous', me: { username: stranger.username, password: STAFF_PASSWORD } });
  const locked = await t.signInAs('fuzz:locked', ['counsellor']);
  callers.push({ label: 'locked', channel: 'fuzz:locked', kind: 'locked', me: { username: locked.username, password: STAFF_PASSWORD } });
  for (const caller of callers) await restore(t, caller);
  return callers;
}

/** Whether the caller gets past the access check of `name` (and so reaches validation). */
export function reachesValidation(caller: Caller, name: OperationName): boolean {
  const access = contract[name].access;
  if (access === 'public') return true;
  if (caller.kind === 'anonymous') return false;
  if (access === 'session') return true;
  if (caller.kind === 'locked') return false;
  if (access === 'signed-in') return true;
  return (PERMISSIONS as readonly string[]).includes(access) && hasPermission([caller.label as Role], access);
}

/**
 * Puts the caller back in its state after whatever the last fuzzed call did (signed out, locked,
 * unlocked, signed in): these repairs write audit rows, so they happen before the "before" snapshot.
 * A throttled sign-in or unlock is waited out on the test clock.
 */
export async function restore(t: TestCore, caller: Caller): Promise<void> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const session = await t.core.dispatch(caller.channel, 'auth.session', {});
    if (!session.ok) throw new Error(`auth.session failed for ${caller.label}: ${session.error.message}`);
    const info = session.value as { locked: boolean; mustChangePassword: boolean } | null;
    if (caller.kind === 'anonymous') {
      if (!info) return;
      await must(t, caller, 'auth.signOut', {});
      continue;
    }
    if (!info) {
      await waitOutThrottle(t, await t.core.dispatch(caller.channel, 'auth.signIn', caller.me));
      continue;
    }
    if (info.mustChangePassword) throw new Error(`${caller.label} must change their password: the fuzzer cannot repair that`);
    if (caller.kind === 'locked') {
      if (info.locked) return;
      await must(t, caller, 'auth.lock', {});
      continue;
    }
    if (!info.locked) return;
    await waitOutThrottle(t, await t.core.dispatch(caller.channel, 'auth.unlock', { password: caller.me.password }));
  }
  throw new Error(`could not put ${caller.label} back in its state`);
}

async function must(t: TestCore, caller: Caller, name: OperationName, input: unknown): Promise<void> {
  const result = await t.core.dispatch(caller.channel, name, input);
  if (!result.ok) throw new Error(`${name} failed for ${caller.label}: ${result.error.message}`);
}

async function waitOutThrottle(t: TestCore, result: Result<unknown>): Promise<void> {
  if (result.ok) return;
  const details = result.error.details as { reason?: string; waitSeconds?: number } | undefined;
  if (details?.reason !== 'throttled') throw new Error(`repair refused: ${JSON.stringify(result.error)}`);
  t.clock.advance(((details.waitSeconds ?? 0) + 1) * 1000);
}

// ---- Writes ------------------------------------------------------------------------------------

/**
 * Every table's rows, except the audit trail's, which only grows: for it the newest row number.
 * (Rows changed in place in the trail are what the final audit verification catches.)
 */
export interface TableState {
  tables: Record<string, string>;
  auditSeq: number;
}

const AUDIT_EVENTS = 'audit_events';

async function readState(t: TestCore): Promise<TableState> {
  const db = t.core.services.dataSource;
  const names = await db.query<Array<{ name: string }>>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  const tables: Record<string, string> = {};
  for (const { name } of names) {
    if (name === AUDIT_EVENTS) continue;
    tables[name] = JSON.stringify(await db.query(`SELECT * FROM "${name}" ORDER BY rowid`));
  }
  const [{ seq }] = await db.query<Array<{ seq: number }>>(`SELECT COALESCE(MAX(seq), 0) AS seq FROM "${AUDIT_EVENTS}"`);
  return { tables, auditSeq: Number(seq) };
}

/** What a call wrote: the tables whose rows changed, and the actions of the audit rows it appended. */
export interface Writes {
  tables: string[];
  auditActions: string[];
}

/**
 * Watches the database between calls. `total_changes()` (rows written on this connection, rolled
 * back or not) says cheaply whether anything may have been written; only then are the tables read
 * and compared, so a run of refusals costs one query each.
 */
export class WriteWatcher {
  private state: TableState | null = null;
  private changes = -1;

  constructor(private readonly t: TestCore) {}

  private async totalChanges(): Promise<number> {
    const [{ n }] = await this.t.core.services.dataSource.query<Array<{ n: number }>>('SELECT total_changes() AS n');
    return Number(n);
  }

  /** Call right before the measured call. */
  async before(): Promise<void> {
    const changes = await this.totalChanges();
    if (changes !== this.changes || !this.state) {
      this.state = await readState(this.t);
      this.changes = changes;
    }
  }

  /** Call right after it: what it wrote (nothing, most of the time). */
  async after(): Promise<Writes> {
    const changes = await this.totalChanges();
    if (changes === this.changes && this.state) return { tables: [], auditActions: [] };
    const previous = this.state!;
    const current = await readState(this.t);
    this.state = current;
    this.changes = changes;
    const names = new Set([...Object.keys(previous.tables), ...Object.keys(current.tables)]);
    const tables = [...names].filter((name) => previous.tables[name] !== current.tables[name]);
    const appended = await this.t.core.services.dataSource.query<Array<{ action: string }>>(`SELECT action FROM "${AUDIT_EVENTS}" WHERE seq > ? ORDER BY seq`, [previous.auditSeq]);
    if (appended.length > 0) tables.push(AUDIT_EVENTS);
    return { tables: tables.sort(), auditActions: appended.map((row) => row.action) };
  }
}

/**
 * The writes a refusal may make, by design: a wrong password (at sign-in, unlock or password
 * change, signing a note) counts towards the sign-in throttle and is recorded as `auth.signInFailed`; a sign-in
 * refused because of the throttle is recorded too. Nothing else. Tables whose name starts with
 * `audit_` besides the events (the chain head and whatever else keeps the trail) move with the trail.
 */
export function writesAllowedForRefusal(name: OperationName, error: AppError, writes: Writes): boolean {
  if (writes.tables.length === 0) return true;
  // A note saved on a stale base is refused, and the conflict is audited (which revisions, no text).
  if (name === 'notes.save' && error.messageKey === 'problems.noteConflict') {
    return writes.tables.every((table) => table.startsWith('audit_')) && writes.auditActions.length === 1 && writes.auditActions[0] === 'record.update';
  }
  // Signing a note, an addendum or a co-signature asks for the password again: a wrong one is a guess too.
  const passwordGuess = ['auth.signIn', 'auth.unlock', 'auth.changePassword', 'notes.sign', 'notes.addAddendum', 'notes.coSign'].includes(name);
  const guessRefused = error.messageKey === 'problems.signInFailed' || error.messageKey === 'problems.wrongPassword' || error.messageKey === 'problems.throttled';
  if (!passwordGuess || !guessRefused) return false;
  const onlyTrailAndThrottle = writes.tables.every((table) => table === 'sign_in_throttle' || table.startsWith('audit_'));
  return onlyTrailAndThrottle && writes.auditActions.length === 1 && writes.auditActions[0] === 'auth.signInFailed';
}

// ---- Counts ------------------------------------------------------------------------------------

export interface OperationCounts {
  runs: number;
  ok: number;
  refused: Partial<Record<(typeof ERROR_CODES)[number], number>>;
}

export function countResult(counts: Map<OperationName, OperationCounts>, name: OperationName, result: Result<unknown>): void {
  const entry = counts.get(name) ?? { runs: 0, ok: 0, refused: {} };
  entry.runs += 1;
  if (result.ok) entry.ok += 1;
  else entry.refused[result.error.code] = (entry.refused[result.error.code] ?? 0) + 1;
  counts.set(name, entry);
}

export function formatCounts(counts: Map<OperationName, OperationCounts>): string {
  const codes = ERROR_CODES.filter((code) => [...counts.values()].some((entry) => entry.refused[code]));
  const header = ['operation', 'runs', 'ok', ...codes];
  const rows = [...counts.entries()].map(([name, entry]) => [name, String(entry.runs), String(entry.ok), ...codes.map((code) => String(entry.refused[code] ?? 0))]);
  const total = (pick: (entry: OperationCounts) => number) => String([...counts.values()].reduce((sum, entry) => sum + pick(entry), 0));
  rows.push(['total', total((e) => e.runs), total((e) => e.ok), ...codes.map((code) => total((e) => e.refused[code] ?? 0))]);
  const widths = header.map((_, column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** Made copies are removed as they come: a thousand copies of the database would only cost disk and time. */
export function removeBackup(folder: string, result: Result<unknown>): void {
  if (result.ok && result.value && typeof result.value === 'object' && 'fileName' in result.value) {
    rmSync(join(folder, String((result.value as { fileName: string }).fileName)), { force: true });
  }
}
