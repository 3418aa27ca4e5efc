import type { DataSource } from 'typeorm';
import type { BackupInfo, BackupOverview } from '../../../shared/contract/backups';
import { appendAudit } from '../audit/audit-log';
import { AuditEventEntity } from '../audit/audit-event.entity';
import type { Clock } from '../clock';
import type { Actor } from '../context';
import { listBackups, pruneBackups, writeBackupCopy } from './backup-files';

/** Daily copies kept: two weeks, so a mistake noticed late can still be undone. */
export const DAILY_BACKUPS_KEPT = 14;
/**
 * Under a day, so that an app opened a little earlier each morning still copies every day (with
 * exactly 24 hours, 8:55 after 9:00 yesterday would wait until tomorrow).
 */
const DAILY_INTERVAL_MS = 20 * 60 * 60 * 1000;

/**
 * Copies of the database inside the data folder: one a day automatically, and on demand. They
 * protect against a damaged file or a bad change; a copy of the folder on another drive protects
 * against losing the computer (README, "Backing up").
 */
export class BackupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    readonly folder: string,
  ) {}

  overview(): BackupOverview {
    return { folder: this.folder, backups: listBackups(this.folder) };
  }

  /** A copy now, by a person; recorded in the audit trail since it holds every record. */
  async create(actor: Actor): Promise<BackupInfo> {
    return this.copy('manual', actor);
  }

  /**
   * Makes the day's copy when the newest daily one is 20 hours old or more (or there is none), then
   * keeps the last DAILY_BACKUPS_KEPT. Nothing is copied while the database holds no activity yet.
   * Returns the new copy, or null when none was due.
   */
  async ensureDaily(): Promise<BackupInfo | null> {
    const now = this.clock.now().getTime();
    const latest = listBackups(this.folder).find((b) => b.kind === 'daily');
    // A copy dated in the future was made while the clock was wrong: it does not count.
    const age = latest ? now - Date.parse(latest.createdAt) : Infinity;
    if (age >= 0 && age < DAILY_INTERVAL_MS) return null;
    if (!(await this.dataSource.getRepository(AuditEventEntity).exists())) return null;
    const made = await this.copy('daily', null);
    pruneBackups(this.folder, 'daily', DAILY_BACKUPS_KEPT, this.clock.now());
    return made;
  }

  private async copy(kind: 'manual' | 'daily', actor: Actor | null): Promise<BackupInfo> {
    const now = this.clock.now();
    const made = await writeBackupCopy(this.dataSource, this.folder, kind, now);
    await this.dataSource.transaction((manager) =>
      appendAudit(manager, now.toISOString(), { action: 'database.backup', actor, entityType: 'database', details: { kind, fileName: made.fileName } }),
    );
    return made;
  }
}
