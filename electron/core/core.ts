import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { DatabaseState } from '../../shared/contract/system';
import { accountsHandlers, authHandlers } from './auth/auth-handlers';
import { AccountsService } from './auth/accounts-service';
import { AuthService } from './auth/auth-service';
import { PRODUCTION_COST, type PasswordHashCost } from './auth/passwords';
import { SessionRegistry } from './auth/session-registry';
import { auditHandlers } from './audit/audit-handlers';
import { AuditService } from './audit/audit-service';
import { backupFolderOf, listBackups } from './backups/backup-files';
import { backupHandlers } from './backups/backup-handlers';
import { BackupService } from './backups/backup-service';
import { systemClock, type Clock } from './clock';
import type { LockTiming } from './db/data-dir-lock';
import { openDatabase } from './db/open-database';
import { SerialQueue } from './db/serial-queue';
import { DemoSeeder } from './demo/demo-seeder';
import { createDispatcher, type Dispatch } from './dispatcher';
import type { Handlers } from './handler-types';
import { residentsHandlers } from './residents/residents-handlers';
import { ResidentsService } from './residents/residents-service';
import { settingsHandlers } from './settings/settings-handlers';
import { SettingsService } from './settings/settings-service';
import { staffHandlers } from './staff/staff-handlers';
import { StaffService } from './staff/staff-service';
import { systemHandlers } from './system/system-handlers';

export interface CoreOptions {
  /** Folder of the database file (Electron's userData, HEARTH_DATA_DIR, or the preview's folder). */
  dataDir: string;
  appVersion?: string;
  clock?: Clock;
  passwordCost?: PasswordHashCost;
  idleLockSecondsOverride?: number;
  log?: (error: unknown) => void;
  /** Tests shorten how long an apparently abandoned data-folder lock is watched. */
  lockTiming?: LockTiming;
}

export interface ReadyCore {
  state: 'ready';
  databasePath: string;
  dispatch: Dispatch;
  services: CoreServices;
  close(): Promise<void>;
}

/**
 * A database that cannot be used: damaged, or open in another Hearth process. The core answers
 * only `system.status`, so the window can say what happened and what to do.
 */
export interface UnavailableCore {
  state: 'damaged' | 'inUse';
  databasePath: string;
  /** What the person is told (also printed by the preview and the command-line tools). */
  problem: string;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export type Core = ReadyCore | UnavailableCore;

export interface CoreServices {
  dataSource: DataSource;
  clock: Clock;
  sessions: SessionRegistry;
  settings: SettingsService;
  staff: StaffService;
  residents: ResidentsService;
  auth: AuthService;
  accounts: AccountsService;
  audit: AuditService;
  demo: DemoSeeder;
  backups: BackupService;
}

/** How often a running app checks whether the day's backup copy is due (it may stay open for days). */
const DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000;

/** Opens the database and wires services, handlers and the dispatcher. Plain Node: no Electron. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const appVersion = options.appVersion ?? '0.0.0';
  const opened = await openDatabase(options.dataDir, undefined, options.lockTiming);
  if (opened.state === 'damaged') {
    const latestBackup = newestBackupIn(backupFolderOf(options.dataDir));
    return unavailableCore({ state: 'damaged', path: opened.path, problem: opened.problem, latestBackup }, opened.problem, appVersion);
  }
  if (opened.state === 'inUse') {
    const { holder } = opened;
    const database: DatabaseState = { state: 'inUse', path: opened.path, heldBy: { pid: holder.pid, host: holder.host, since: holder.since } };
    const problem = `The database folder is in use by another Hearth process (process ${holder.pid} on ${holder.host}, since ${holder.since}).`;
    return unavailableCore(database, problem, appVersion);
  }

  const clock = options.clock ?? systemClock;
  const passwordCost = options.passwordCost ?? PRODUCTION_COST;
  const { dataSource } = opened;
  const sessions = new SessionRegistry();
  const settings = new SettingsService(dataSource, clock);
  const staff = new StaffService(dataSource, clock);
  const residents = new ResidentsService(dataSource, clock, settings);
  const auth = new AuthService(dataSource, clock, sessions, staff, settings, { passwordCost, idleLockSecondsOverride: options.idleLockSecondsOverride });
  const accounts = new AccountsService(dataSource, clock, sessions, staff, passwordCost);
  const audit = new AuditService(dataSource, clock, settings);
  const demo = new DemoSeeder(dataSource, clock, residents, staff);
  const backups = new BackupService(dataSource, clock, backupFolderOf(options.dataDir));

  const handlers: Handlers = {
    ...systemHandlers({ databasePath: opened.path, appVersion, auth, demo }),
    ...authHandlers(auth),
    ...accountsHandlers(accounts),
    ...settingsHandlers(settings),
    ...auditHandlers(audit),
    ...residentsHandlers(residents),
    ...staffHandlers(staff),
    ...backupHandlers(backups),
  };
  const queue = new SerialQueue();
  const log = options.log ?? ((error: unknown) => console.error(error));
  // A failed copy must never keep the app from starting or running: it is logged and tried again.
  // Queued, not awaited: the window opens at once, and the first call waits behind the copy.
  const backUpIfDue = () => queue.run(() => backups.ensureDaily()).catch(log);
  void backUpIfDue();
  const dailyCheck = setInterval(() => void backUpIfDue(), DAILY_BACKUP_CHECK_MS);
  dailyCheck.unref(); // never the reason a command-line task stays alive
  return {
    state: 'ready',
    databasePath: opened.path,
    dispatch: createDispatcher({ handlers, auth, queue, log: options.log }),
    services: { dataSource, clock, sessions, settings, staff, residents, auth, accounts, audit, demo, backups },
    close: () => {
      clearInterval(dailyCheck);
      return queue.run(() => opened.close());
    },
  };
}

function unavailableCore(database: Exclude<DatabaseState, { state: 'ready' }>, problem: string, appVersion: string): UnavailableCore {
  return {
    state: database.state,
    databasePath: database.path,
    problem,
    dispatch: (_channelId, name) =>
      Promise.resolve(
        name === 'system.status'
          ? { ok: true, value: { database, needsFirstAdministrator: false, appVersion } }
          : { ok: false, error: { code: 'unavailable', messageKey: 'problems.databaseUnavailable', message: 'The database could not be opened safely; nothing can be read or changed.' } },
      ),
    close: () => Promise.resolve(),
  };
}

/** The newest copy to restore, if the folder can be read: the damaged screen must show either way. */
function newestBackupIn(folder: string): string | null {
  try {
    const [newest] = listBackups(folder);
    return newest ? join(folder, newest.fileName) : null;
  } catch {
    return null;
  }
}

/** One sentence for a terminal: what is wrong with the database and what to do. */
export function explainUnavailable(core: UnavailableCore): string {
  return core.state === 'inUse'
    ? `${core.problem} Close it, then try again.`
    : `The database at ${core.databasePath} is damaged: ${core.problem}`;
}
