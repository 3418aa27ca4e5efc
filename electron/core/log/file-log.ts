import { appendFileSync, chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { restrictToOwner } from '../persistence/owner-only';
import { describeError } from './describe-error';

/** Where the log lives, relative to the data folder (the README points people here). */
export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'hearth.log';

export interface FileLogOptions {
  /** The current file is rotated once it would grow past this (default 1 MiB). */
  maxBytes?: number;
  /** How many rotated files are kept beside it: hearth.log.1 (newest) … hearth.log.N (default 3). */
  keep?: number;
  /** The clock of each entry (tests). */
  now?: () => Date;
  /** Written in each entry, so whoever reads the log knows which code the stack frames belong to. */
  appVersion?: string;
}

/** What the core logs with: an error, and where it happened (an operation name, a task). */
export type Log = (error: unknown, where?: string) => void;

/**
 * A log a person can send to whoever supports them: a few files of at most ~1 MiB each in the
 * data folder's logs/, readable by the owner only, holding what `describeError` keeps (class, codes,
 * stack frames) and never a message or a query's parameters.
 * Written synchronously: an entry is on disk before the person is told "the details are in the log",
 * and errors are rare enough that this costs nothing.
 */
export function createFileLog(dataDir: string, options: FileLogOptions = {}): Log {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  const folder = join(dataDir, LOG_FOLDER);
  const file = join(folder, LOG_FILE);
  const version = options.appVersion && /^[\w.+-]{1,40}$/.test(options.appVersion) ? options.appVersion : 'unknown-version';

  return (error, where) => {
    const entry = `${now().toISOString()} hearth ${version} ${safeWhere(where)}\n${describeError(error)}\n\n`;
    try {
      ensureOwnerOnlyFolder(folder);
      if (existsSync(file) && statSync(file).size + Buffer.byteLength(entry) > maxBytes) rotate(file, keep);
      appendFileSync(file, entry, { mode: 0o600 });
      restrictToOwner(file);
    } catch {
      // The log must never be why an operation fails; the same safe text goes to the terminal.
      console.error(`[hearth] ${entry}`);
    }
  };
}

/** hearth.log → .1 → .2 …; the oldest beyond `keep` is deleted. */
function rotate(file: string, keep: number): void {
  rmSync(`${file}.${keep}`, { force: true });
  for (let n = keep - 1; n >= 1; n -= 1) if (existsSync(`${file}.${n}`)) renameSync(`${file}.${n}`, `${file}.${n + 1}`);
  if (keep >= 1) renameSync(file, `${file}.1`);
  else rmSync(file, { force: true });
}

function ensureOwnerOnlyFolder(folder: string): void {
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return; // NTFS: the per-user profile folder already restricts it
  try {
    chmodSync(folder, 0o700); // mkdir's mode is narrowed by the umask, and the folder may predate us
  } catch {
    // Not our folder (a shared drive): leave its permissions to whoever set them.
  }
}

/** An operation name or a task label: identifiers only, so no input can be smuggled into the log. */
function safeWhere(where: string | undefined): string {
  return where && /^[A-Za-z0-9._ -]{1,60}$/.test(where) ? where : 'error';
}
