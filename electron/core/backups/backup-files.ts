import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { BackupInfo, BackupKind } from '../../../shared/contract/backups';
import { checkDatabaseIntegrity } from '../db/integrity-check';

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
 * the committed state even while the WAL holds recent commits, and the copy is compact.
 */
export async function writeBackupCopy(dataSource: DataSource, folder: string, kind: BackupKind, now: Date): Promise<BackupInfo> {
  mkdirSync(folder, { recursive: true, mode: 0o700 }); // the copies are as confidential as the file
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let fileName = `hearth-${KIND_IN_NAME[kind]}-${stamp}.sqlite`;
  for (let n = 2; existsSync(join(folder, fileName)); n++) fileName = `hearth-${KIND_IN_NAME[kind]}-${stamp}-${n}.sqlite`;
  const target = join(folder, fileName);

  await dataSource.query('VACUUM INTO ?', [target]);
  if (process.platform !== 'win32') chmodSync(target, 0o600);
  const problem = await checkDatabaseIntegrity(target);
  if (problem) {
    unlinkSync(target); // a copy that would not restore is worse than none: it looks like safety
    throw new Error(`The backup copy failed its check: ${problem}`);
  }
  return { fileName, kind, createdAt: now.toISOString(), sizeBytes: statSync(target).size };
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
  return backups.sort((a, b) => (a.createdAt === b.createdAt ? b.fileName.localeCompare(a.fileName) : b.createdAt.localeCompare(a.createdAt)));
}

/** Deletes the oldest copies of `kind` beyond `keep`. Only the daily ones are pruned: people decide about theirs. */
export function pruneBackups(folder: string, kind: BackupKind, keep: number): void {
  for (const old of listBackups(folder).filter((b) => b.kind === kind).slice(keep)) unlinkSync(join(folder, old.fileName));
}
