import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'hearth.lock';

/** Who holds a data folder: written into the lock file, shown to the person who is refused. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the holder started (UTC ISO). */
  since: string;
}

export type DataDirLock = { state: 'held'; release(): void } | { state: 'inUse'; holder: LockHolder; lockFile: string };

export interface LockTiming {
  /** How often a holder touches its lock file to show it is alive. */
  heartbeatMs: number;
  /** A lock touched more recently than this is in use, whatever else is known. */
  freshMs: number;
  /** How long a starter watches a lock that looks abandoned before taking it over. */
  watchMs: number;
}

export const DEFAULT_LOCK_TIMING: LockTiming = { heartbeatMs: 60_000, freshMs: 3 * 60_000, watchMs: 75_000 };
const WATCH_POLL_MS = 2_500;
/** A lock file this young may still be being written (file systems without hard links). */
const BEING_WRITTEN_MS = 10_000;

/**
 * Takes the data folder for this process alone. Two Hearth processes writing one SQLite file
 * (the app and `seed:demo`, or a preview pointed at the app's folder) would refuse each other's
 * writes mid-transaction; the second one is turned away at the door instead. Electron's
 * single-instance lock only covers two windows of the app itself.
 *
 * The holder touches the lock file every minute. A lock is taken over only when it is shown to be
 * abandoned: its process has ended (same computer), or it has not been touched for a while and
 * stays untouched while we watch it (a crash followed by a restart that gave its process number
 * to another program, a computer renamed, a laptop that died on a shared folder). Never on the
 * strength of a clock: clocks jump.
 */
export async function lockDataDir(dataDir: string, timing: LockTiming = DEFAULT_LOCK_TIMING): Promise<DataDirLock> {
  const lockFile = join(dataDir, LOCK_FILE_NAME);
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };

  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(lockFile, me)) return holdLock(lockFile, me, timing);
    const holder = readHolder(lockFile);
    if (holder === 'gone') continue; // released meanwhile
    if (holder === 'busy' || (holder === 'unreadable' && isBeingWritten(lockFile))) {
      await pause(200); // another process is in the middle of writing or removing it
      continue;
    }
    if (!(await isAbandoned(lockFile, holder, timing))) return { state: 'inUse', holder: describe(holder), lockFile };
    setAside(lockFile, holder); // then try again: another starter may have been quicker
  }
  const holder = readHolder(lockFile);
  return { state: 'inUse', holder: describe(typeof holder === 'object' ? holder : 'unreadable'), lockFile };
}

function holdLock(lockFile: string, me: LockHolder, timing: LockTiming): DataDirLock {
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(lockFile, now, now);
    } catch {
      // The file went away (someone deleted it by hand): nothing to touch; the next start recreates it.
    }
  }, timing.heartbeatMs);
  heartbeat.unref();
  // Also on a plain exit (Electron quits without waiting for the core to close).
  const onExit = () => releaseIfMine(lockFile, me);
  process.once('exit', onExit);
  return {
    state: 'held',
    release: () => {
      clearInterval(heartbeat);
      process.removeListener('exit', onExit);
      releaseIfMine(lockFile, me);
    },
  };
}

/** Writes a complete lock file beside the target, then links it into place: creation is atomic and never half-written. */
function tryCreate(lockFile: string, me: LockHolder): boolean {
  const text = JSON.stringify(me);
  // Unique even between computers sharing the folder.
  const draft = `${lockFile}.${randomUUID()}.draft`;
  writeFileSync(draft, text, { mode: 0o600 });
  try {
    linkSync(draft, lockFile);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    // A file system without hard links (a FAT-formatted key): exclusive create instead.
    return createExclusively(lockFile, text);
  } finally {
    unlinkSync(draft);
  }
}

function createExclusively(lockFile: string, text: string): boolean {
  try {
    writeFileSync(lockFile, text, { mode: 0o600, flag: 'wx' });
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

type ReadHolder = LockHolder | 'gone' | 'busy' | 'unreadable';

function readHolder(lockFile: string): ReadHolder {
  let text: string;
  try {
    text = readFileSync(lockFile, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return 'gone';
    if (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES') return 'busy'; // Windows, mid-release
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    const valid = typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.since === 'string' && !Number.isNaN(Date.parse(parsed.since));
    return valid ? (parsed as LockHolder) : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

async function isAbandoned(lockFile: string, holder: LockHolder | 'unreadable', timing: LockTiming): Promise<boolean> {
  // A holder writes its file whole before anyone can read it: one that stays unreadable was cut
  // short by a crash.
  if (holder === 'unreadable') return true;
  if (holder.host === hostname() && !isProcessAlive(holder.pid)) return true;
  const touched = touchedAt(lockFile);
  if (touched === null || Date.now() - touched < timing.freshMs) return false;
  // Looks abandoned, or its holder was asleep: a live holder touches it within a heartbeat.
  for (let waited = 0; waited < timing.watchMs; waited += WATCH_POLL_MS) {
    await pause(Math.min(WATCH_POLL_MS, timing.watchMs - waited));
    if (touchedAt(lockFile) !== touched) return false;
  }
  return true;
}

function isBeingWritten(lockFile: string): boolean {
  const touched = touchedAt(lockFile);
  return touched !== null && Date.now() - touched < BEING_WRITTEN_MS;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function touchedAt(lockFile: string): number | null {
  try {
    return statSync(lockFile).mtimeMs;
  } catch {
    return null;
  }
}

function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0); // signal 0: a liveness probe, sends nothing
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // alive, owned by someone else
  }
}

/**
 * Moves an abandoned lock out of the way. Renaming is atomic, so of two starters that both judged
 * it abandoned only one moves it; the other sees ENOENT. If what was moved is no longer the
 * abandoned holder (it was replaced in between), it is put back. (A third starter creating its
 * own lock in the instant between the move and the putting back is not covered: the window is a
 * few microseconds, after a crash, with three Hearths starting at once.)
 */
function setAside(lockFile: string, judged: LockHolder | 'unreadable'): void {
  const aside = `${lockFile}.${randomUUID()}.abandoned`;
  try {
    renameSync(lockFile, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  if (!isSameHolder(moved, judged) && typeof moved === 'object') {
    // Put back by exclusive create, which works on every file system (no hard link needed).
    createExclusively(lockFile, JSON.stringify(moved));
  }
  unlinkSync(aside);
}

function isSameHolder(a: ReadHolder, b: LockHolder | 'unreadable'): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  return a.pid === b.pid && a.since === b.since && a.host === b.host;
}

function releaseIfMine(lockFile: string, me: LockHolder): void {
  if (!isSameHolder(readHolder(lockFile), me)) return;
  try {
    unlinkSync(lockFile);
  } catch {
    // Already gone: nothing to release.
  }
}

/** What the refused person is told about an unreadable lock: this computer, now. */
function describe(holder: LockHolder | 'unreadable'): LockHolder {
  return holder === 'unreadable' ? { pid: 0, host: hostname(), since: new Date().toISOString() } : holder;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}
