import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { AUDIT_KEY_BYTES } from './audit-key';
import { writeOwnerOnlyFileAtomically } from './owner-only-file';

/** What a key store found for this data folder. */
export type StoredAuditKey = { state: 'found'; secret: Buffer } | { state: 'none' } | { state: 'unreadable'; problem: string };

/**
 * Where the audit trail's HMAC key is kept: somewhere a database tool pointed at the data folder
 * does not reach. The core only loads and saves; the Electron app keeps it in the OS keychain
 * (electron/main/safe-storage-key-store.ts), the preview, tests and command-line tools in a file.
 */
export interface AuditKeyStore {
  /** Where the key is, in words for people and logs (a path, or "the system keychain ..."). */
  readonly location: string;
  load(): StoredAuditKey;
  /** Keeps `secret` as this folder's key; an unreadable key already there is kept beside it, never overwritten. */
  save(secret: Buffer): void;
}

const KEY_FILE_FORMAT = 'hearth-audit-key/1';

/**
 * The key file for a data folder: HEARTH_AUDIT_KEY_FILE if set, else one file per data folder in
 * the user's configuration folder, named by a short hash of the folder's real path (so two data
 * folders never share a key, and the name says nothing about where the data is).
 */
export function defaultAuditKeyFile(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.HEARTH_AUDIT_KEY_FILE) return resolve(env.HEARTH_AUDIT_KEY_FILE);
  const folderId = createHash('sha256').update(realPathOf(dataDir)).digest('hex').slice(0, 16);
  return join(userConfigFolder(env), 'hearth', 'audit-keys', `${folderId}.key`);
}

function userConfigFolder(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32') return env.APPDATA || join(homedir(), 'AppData', 'Roaming');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(homedir(), '.config');
}

function realPathOf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir); // not created yet
  }
}

/** A key in an owner-only file (folder 0700, file 0600), written whole or not at all. */
export function fileAuditKeyStore(file: string): AuditKeyStore {
  return {
    location: file,
    load: () => readKeyFile(file),
    save(secret) {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      // Only called when there is no usable key: one that exists is unreadable, and may yet be recovered.
      if (existsSync(file)) renameSync(file, `${file}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      writeOwnerOnlyFileAtomically(file, keyText(secret));
    },
  };
}

function readKeyFile(file: string): StoredAuditKey {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' };
    return { state: 'unreadable', problem: `The key file could not be read: ${(error as Error).message}` };
  }
  return parseKeyText(text);
}

/** Shared with the keychain store, which keeps the same text encrypted. */
export function parseKeyText(text: string): StoredAuditKey {
  try {
    const parsed = JSON.parse(text) as { format?: unknown; key?: unknown };
    const secret = typeof parsed.key === 'string' ? Buffer.from(parsed.key, 'base64') : null;
    if (parsed.format === KEY_FILE_FORMAT && secret?.length === AUDIT_KEY_BYTES) return { state: 'found', secret };
  } catch {
    // fall through: not a key file
  }
  return { state: 'unreadable', problem: 'The key file is not a Hearth audit key.' };
}

export function keyText(secret: Buffer): string {
  return `${JSON.stringify({ format: KEY_FILE_FORMAT, key: secret.toString('base64') })}\n`;
}
