import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { BackupInfo, BackupKind } from '../../../shared/contract/backups';
import { checkDatabaseIntegrity } from '../persistence/integrity-check';
import { restrictToOwner } from '../persistence/owner-only';

// Backup copies live in `backups/` beside the database, named by kind and UTC instant so that the
// folder sorts by date and tells what each copy is without opening it:
//   hearth-daily-2026-11-23T15-00-00-000Z.sqlite

export const BACKUP_FOLDER_NAME = 'backups';

const KIND_IN_NAME: Record<BackupKind, string> = { manual: 'manual', daily: 'daily', beforeUpgrade: 'before-upgrade' };
const NAME_PATTERN = /^hearth-(manual|daily|before-upgrade)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.sqlite$/;

export function backupFolderOf(dataDir: string): string {
  return join(dataDir, BACKUP_FOLDER_NAME);
}

/**
 * Writes a consistent copy of the open database into `folder` and checks it. VACUUM INTO copies
 * the committed state even while the WAL holds recent commits, and the copy is compact. The copy
 * gets its final name only once it is checked and on disk (VACUUM INTO does not sync): a copy cut
 * short by a full disk or a power cut is never listed, nor offered for a restore.
 */
export async function writeBackupCopy(dataSource: DataSource, folder: string, kind: BackupKind, now: Date): Promise<BackupInfo> {
  mkdirSync(folder, { recursive: true, mode: 0o700 }); // the copies are as confidential as the file
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let fileName = `hearth-${KIND_IN_NAME[kind]}-${stamp}.sqlite`;
  for (let n = 2; existsSync(join(folder, fileName)); n++) fileName = `hearth-${KIND_IN_NAME[kind]}-${stamp}-${n}.sqlite`;
  const target = join(folder, fileName);
  const partial = `${target}.partial`;

  try {
    await dataSource.query('VACUUM INTO ?', [partial]);
    restrictToOwner(partial);
    const problem = await checkDatabaseIntegrity(partial);
    if (problem) throw new Error(`The backup copy failed its check: ${problem}`);
    syncToDisk(partial);
    renameSync(partial, target);
    syncToDisk(folder); // the new name itself
  } finally {
    rmSync(partial, { force: true });
  }
  return { fileName, kind, createdAt: now.toISOString(), sizeBytes: statSync(target).size };
}

function syncToDisk(path: string): void {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch {
    return; // Windows cannot open a folder: NTFS journals the rename itself
  }
  try {
    fsyncSync(descriptor);
  } catch {
    // Some file systems refuse to sync a folder; the file's own data is already synced.
  } finally {
    closeSync(descriptor);
  }
}

/** The copies in `folder`, newest first; files that are not Hearth backups are ignored. */
export function listBackups(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  const backups: BackupInfo[] = [];
  for (const fileName of readdirSync(folder)) {
    const match = NAME_PATTERN.exec(fileName);
    if (!match) continue;
    const [, kindInName, date, hours, minutes, seconds, millis] = match;
    const kind = (Object.keys(KIND_IN_NAME) as BackupKind[]).find((k) => KIND_IN_NAME[k] === kindInName)!;
    backups.push({ fileName, kind, createdAt: `${date}T${hours}:${minutes}:${seconds}.${millis}Z`, sizeBytes: statSync(join(folder, fileName)).size });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || sameInstantOrder(b.fileName) - sameInstantOrder(a.fileName));
}

/** Copies made in the same millisecond carry -2, -3...: numbered in the order they were made. */
function sameInstantOrder(fileName: string): number {
  return Number(/-(\d+)\.sqlite$/.exec(fileName)?.[1] ?? 1);
}

/**
 * Deletes the oldest copies of `kind` beyond `keep`. Only the daily ones are pruned: people decide
 * about theirs. A copy dated after `now` (made while the clock was wrong) counts as the oldest, so
 * it cannot keep today's copies from being kept.
 */
export function pruneBackups(folder: string, kind: BackupKind, keep: number, now: Date): void {
  const present = now.toISOString();
  const ofKind = listBackups(folder).filter((b) => b.kind === kind);
  const ordered = [...ofKind.filter((b) => b.createdAt <= present), ...ofKind.filter((b) => b.createdAt > present)];
  for (const old of ordered.slice(keep)) unlinkSync(join(folder, old.fileName));
}
