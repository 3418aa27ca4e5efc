import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import type { AuditWitness } from '../../../shared/contract/audit';
import { listBackups } from '../backups/backup-files';
import { compareWithTrail, type TrailView } from './audit-witness-compare';

/**
 * Every backup copy holds its own audit rows: its newest row is a witness of the trail as it was
 * when the copy was made. Each copy is opened read-only and never changed.
 */
export async function checkBackupWitnesses(backupFolder: string, trail: TrailView): Promise<AuditWitness[]> {
  let backups;
  try {
    backups = listBackups(backupFolder);
  } catch {
    return [{ kind: 'backup', name: 'backups', recordedAt: null, seq: null, verdict: 'unreadable', signatureChecked: false }];
  }
  const witnesses: AuditWitness[] = [];
  for (const backup of backups) {
    const newest = await newestAuditRowIn(join(backupFolder, backup.fileName));
    const base = { kind: 'backup' as const, name: backup.fileName, recordedAt: backup.createdAt, signatureChecked: false };
    if (newest === 'unreadable') witnesses.push({ ...base, seq: null, verdict: 'unreadable' });
    else if (newest === null) witnesses.push({ ...base, seq: null, verdict: 'empty' });
    else witnesses.push({ ...base, seq: newest.seq, verdict: await compareWithTrail(newest, trail) });
  }
  return witnesses;
}

/** The copy's newest audit row, null when it has none, 'unreadable' when it is not a Hearth database. */
function newestAuditRowIn(file: string): Promise<{ seq: number; hash: string } | null | 'unreadable'> {
  return new Promise((resolve) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) {
        resolve('unreadable');
        return;
      }
      db.get('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1', (error, row: { seq: number; hash: string } | undefined) => {
        db.close(() => resolve(error ? 'unreadable' : row ? { seq: Number(row.seq), hash: String(row.hash) } : null));
      });
    });
  });
}
