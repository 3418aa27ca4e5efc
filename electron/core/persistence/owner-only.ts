import { chmodSync } from 'node:fs';

/**
 * Makes a file readable by its owner only: it holds confidential records. SQLite gives the -wal
 * and -shm files the database file's permissions.
 */
export function restrictToOwner(file: string): void {
  if (process.platform === 'win32') return; // NTFS: the per-user profile folder already restricts it
  try {
    chmodSync(file, 0o600);
  } catch {
    // Not our file (e.g. a shared folder or exFAT): leave its permissions to whoever set them.
  }
}
