import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'hearth.lock';

/** Who holds a data folder: written into the lock file, shown to the person who is refused. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the holder started (UTC ISO). */
  since: string;
  /** When the holder's machine booted (epoch ms, to the minute): a lock from before a reboot is stale. */
  bootedAt: number;
}

export type DataDirLock = { state: 'held'; release(): void } | { state: 'inUse'; holder: LockHolder; lockFile: string };

/**
 * Takes the data folder for this process alone. Two Hearth processes writing one SQLite file
 * (the app and `seed:demo`, or a preview pointed at the app's folder) would refuse each other's
 * writes mid-transaction; the second one is turned away at the door instead. Electron's
 * single-instance lock only covers two windows of the app itself.
 *
 * A lock left by a crash or a power cut is recognised and replaced: its process is gone, or the
 * machine has rebooted since. A lock from another computer (a network folder) is respected.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockFile = join(dataDir, LOCK_FILE_NAME);
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), bootedAt: bootTime() };

  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(lockFile, me)) {
      // Also on a plain exit (Electron quits without waiting for the core to close).
      const onExit = () => releaseIfMine(lockFile, me);
      process.once('exit', onExit);
      return {
        state: 'held',
        release: () => {
          process.removeListener('exit', onExit);
          releaseIfMine(lockFile, me);
        },
      };
    }
    const holder = readHolder(lockFile);
    if (holder === 'gone') continue; // released between our two steps: try again
    if (holder !== 'unreadable' && !isStale(holder)) return { state: 'inUse', holder, lockFile };
    if (!setAside(lockFile, holder)) continue; // another process replaced it first: look again
  }
  const holder = readHolder(lockFile);
  return { state: 'inUse', holder: typeof holder === 'object' ? holder : { pid: 0, host: '?', since: '?', bootedAt: 0 }, lockFile };
}

/** Writes a complete lock file beside the target, then links it into place: creation is atomic and never half-written. */
function tryCreate(lockFile: string, me: LockHolder): boolean {
  const draft = `${lockFile}.${process.pid}.draft`;
  writeFileSync(draft, JSON.stringify(me), { mode: 0o600 });
  try {
    linkSync(draft, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // A file system without hard links (a FAT-formatted key): exclusive create instead.
    return createExclusively(lockFile, me);
  } finally {
    unlinkSync(draft);
  }
}

function createExclusively(lockFile: string, me: LockHolder): boolean {
  try {
    writeFileSync(lockFile, JSON.stringify(me), { mode: 0o600, flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readHolder(lockFile: string): LockHolder | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(lockFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as LockHolder;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? parsed : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false; // cannot see the other computer's processes
  // Rebooted since (a power cut): its pid may now be another program's. The margin absorbs clock
  // corrections, which move the computed boot time.
  if (Math.abs(holder.bootedAt - bootTime()) > 5 * 60_000) return true;
  return !isProcessAlive(holder.pid);
}

function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0); // signal 0: a liveness probe, sends nothing
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

/**
 * Moves a stale lock out of the way. Renaming is atomic, so of two processes that both judged it
 * stale only one moves it; the other sees ENOENT and looks again. If what was moved is no longer
 * the stale holder (it was replaced in between), it is put back.
 */
function setAside(lockFile: string, judged: LockHolder | 'unreadable'): boolean {
  const aside = `${lockFile}.${process.pid}.stale`;
  try {
    renameSync(lockFile, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  if (!isSameHolder(readHolder(aside), judged)) {
    try {
      linkSync(aside, lockFile);
    } catch {
      // Someone took the folder meanwhile: their lock stands.
    }
  }
  unlinkSync(aside);
  return true;
}

function isSameHolder(a: LockHolder | 'gone' | 'unreadable', b: LockHolder | 'unreadable'): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  return a.pid === b.pid && a.since === b.since && a.host === b.host;
}

function releaseIfMine(lockFile: string, me: LockHolder): void {
  if (isSameHolder(readHolder(lockFile), me)) {
    try {
      unlinkSync(lockFile);
    } catch {
      // Already gone: nothing to release.
    }
  }
}

/** The machine's boot time, rounded to the minute so that clock jitter does not make it move. */
function bootTime(): number {
  return Math.round((Date.now() - uptime() * 1000) / 60_000) * 60_000;
}
