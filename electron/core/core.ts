import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { DatabaseState } from '../../shared/contract/system';
import { accountsHandlers, authHandlers } from './auth/auth-handlers';
import { AccountsService } from './auth/accounts-service';
import { AuthService } from './auth/auth-service';
import { PRODUCTION_COST, type PasswordHashCost } from './auth/passwords';
import { SessionRegistry } from './auth/session-registry';
import { attendanceHandlers } from './attendance/attendance-handlers';
import { auditHandlers } from './audit/audit-handlers';
import { AuditHeadFileKeeper } from './audit/audit-head-file';
import { keyRingOf } from './audit/audit-key';
import { defaultAuditKeyFile, fileAuditKeyStore, type AuditKeyStore } from './audit/audit-key-store';
import { announceAuditKey } from './audit/audit-log';
import { loadOrMakeAuditKey, registerAuditSigner } from './audit/audit-signer';
import { AuditService } from './audit/audit-service';
import { BACKUP_FOLDER_NAME, backupFolderOf, listBackups } from './backups/backup-files';
import { backupHandlers } from './backups/backup-handlers';
import { BackupService } from './backups/backup-service';
import { systemClock, toInstant, type Clock } from './clock';
import type { LockTiming } from './db/data-dir-lock';
import { DATABASE_FILE_NAME, openDatabase } from './db/open-database';
import { SerialQueue } from './db/serial-queue';
import { DemoSeeder } from './demo/demo-seeder';
import { createFileLog, type Log } from './log/file-log';
import { createDispatcher, type Dispatch } from './dispatcher';
import type { Handlers } from './handler-types';
import { groupsHandlers } from './groups/groups-handlers';
import { GroupsService } from './groups/groups-service';
import { syncParticipation } from './schedule/sessions/participants-sync';
import { mentoringHandlers } from './mentoring/mentoring-handlers';
import { MentoringService } from './mentoring/mentoring-service';
import { notesHandlers } from './notes/notes-handlers';
import { NotesService } from './notes/notes-service';
import { ResidentNotesService } from './notes/resident-notes-service';
import { residentsHandlers } from './residents/residents-handlers';
import { ResidentsService } from './residents/residents-service';
import { rostersHandlers } from './rosters/rosters-handlers';
import { scheduleCatalogueHandlers } from './schedule/catalogue-handlers';
import { scheduleHandlers } from './schedule/schedule-handlers';
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
  /** Where internal errors go; by default the data folder's logs/hearth.log (see log/file-log.ts). */
  log?: Log;
  /** Tests shorten how long an apparently abandoned data-folder lock is watched. */
  lockTiming?: LockTiming;
  /**
   * Where the audit trail's HMAC key is kept, outside the data folder. Default: a key file,
   * HEARTH_AUDIT_KEY_FILE or one per data folder in the user's configuration folder; the Electron
   * app passes its keychain store.
   */
  auditKeyStore?: AuditKeyStore;
}

export interface ReadyCore {
  state: 'ready';
  databasePath: string;
  dispatch: Dispatch;
  services: CoreServices;
  /**
   * Runs a task of the core's own (a command-line task) in the same queue as dispatched
   * operations and the start-up backup: one at a time on the one connection, never interleaved.
   * Services called directly outside it could run inside another's transaction.
   */
  runTask<T>(task: () => Promise<T>): Promise<T>;
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
    const problem = withoutFolder(opened.problem, options.dataDir);
    return unavailableCore(opened.path, { state: 'damaged', file: DATABASE_FILE_NAME, problem, latestBackup }, opened.problem, appVersion);
  }
  if (opened.state === 'inUse') {
    const { holder } = opened;
    const database: DatabaseState = { state: 'inUse', file: DATABASE_FILE_NAME, heldBy: { pid: holder.pid, host: holder.host, since: holder.since } };
    const problem = `The database folder is in use by another Hearth process (process ${holder.pid} on ${holder.host}, since ${holder.since}).`;
    return unavailableCore(opened.path, database, problem, appVersion);
  }

  const clock = options.clock ?? systemClock;
  const passwordCost = options.passwordCost ?? PRODUCTION_COST;
  const { dataSource } = opened;
  const sessions = new SessionRegistry();
  const settings = new SettingsService(dataSource, clock);
  const staff = new StaffService(dataSource, clock);
  const groups = new GroupsService(dataSource, clock, settings);
  const mentoring = new MentoringService(dataSource, clock, settings);
  const residents = new ResidentsService(dataSource, clock, settings, [
    (manager, { residentId, dischargeDate }, actor) => groups.endForDischargeIn(manager, residentId, dischargeDate, actor),
    (manager, { residentId, dischargeDate }, actor) => mentoring.endForDischargeIn(manager, residentId, dischargeDate, actor),
    // After the memberships ended: every other session still ahead stops booking them too.
    (manager, { residentId, dischargeDate }, actor) => syncParticipation(manager, { action: 'remove', residentId, groupId: null, fromDate: dischargeDate, reason: 'discharged' }, toInstant(clock.now()), actor).then(() => undefined),
  ]);
  const auth = new AuthService(dataSource, clock, sessions, staff, settings, { passwordCost, idleLockSecondsOverride: options.idleLockSecondsOverride });
  const accounts = new AccountsService(dataSource, clock, sessions, staff, passwordCost);
  const log = options.log ?? createFileLog(options.dataDir, { appVersion });
  const auditKey = await startAuditKey(opened, options, clock, log);
  const audit = new AuditService(dataSource, clock, settings, { keys: auditKey.keys, dataDir: options.dataDir });
  const demo = new DemoSeeder(dataSource, clock, residents, staff, settings, { groups, mentoring });
  const backups = new BackupService(dataSource, clock, backupFolderOf(options.dataDir));
  const notes = new NotesService(dataSource, clock, auth);
  const residentNotes = new ResidentNotesService(dataSource, clock, settings);

  const handlers: Handlers = {
    ...systemHandlers({ appVersion, auth, demo }),
    ...authHandlers(auth),
    ...accountsHandlers(accounts),
    ...settingsHandlers(settings),
    ...auditHandlers(audit),
    ...residentsHandlers(residents),
    ...staffHandlers(staff),
    ...backupHandlers(backups),
    ...scheduleCatalogueHandlers({ dataSource, clock, settings }),
    ...scheduleHandlers({ dataSource, clock, settings }),
    ...groupsHandlers(groups),
    ...mentoringHandlers(mentoring),
    ...rostersHandlers({ dataSource, clock, settings }),
    ...attendanceHandlers({ dataSource, clock, settings }),
    ...notesHandlers(notes, residentNotes),
  };
  // After every task (the start-up backup included): the head file follows the trail's head.
  const queue = new SerialQueue(() => auditKey.headFile.update().catch(log));
  // A failed copy must never keep the app from starting or running: it is logged and tried again.
  // Queued, not awaited: the window opens at once, and the first call waits behind the copy.
  const backUpIfDue = () => queue.run(() => backups.ensureDaily()).catch((error: unknown) => log(error, 'daily backup'));
  void backUpIfDue();
  const dailyCheck = setInterval(() => void backUpIfDue(), DAILY_BACKUP_CHECK_MS);
  dailyCheck.unref(); // never the reason a command-line task stays alive
  return {
    state: 'ready',
    databasePath: opened.path,
    dispatch: createDispatcher({ handlers, auth, queue, log }),
    services: { dataSource, clock, sessions, settings, staff, residents, auth, accounts, audit, demo, backups },
    runTask: (task) => queue.run(task),
    close: () => {
      clearInterval(dailyCheck);
      return queue.run(() => opened.close());
    },
  };
}

/**
 * Loads the audit key (or makes one: losing it never locks anyone out), registers it for
 * appendAudit, checks the head file against the trail before anything can overwrite it, and
 * announces a key the trail has not seen before.
 */
async function startAuditKey(opened: { dataSource: DataSource; close(): Promise<void> }, options: CoreOptions, clock: Clock, log: Log) {
  try {
    const store = options.auditKeyStore ?? fileAuditKeyStore(defaultAuditKeyFile(options.dataDir));
    const loaded = loadOrMakeAuditKey(store);
    if (loaded.problem) log(new Error(`The audit key at ${store.location} could not be used (${loaded.problem}); it was kept aside and a new key was made.`), 'audit key replaced by a new one');
    registerAuditSigner(opened.dataSource, loaded.signer);
    const keys = keyRingOf(loaded.signer.secret);
    const headFile = new AuditHeadFileKeeper(options.dataDir, opened.dataSource, loaded.signer, () => clock.now());
    await headFile.start(keys).catch(log); // a witness that cannot be written is reported by verification, not fatal
    await opened.dataSource.transaction((manager) => announceAuditKey(manager, loaded.signer, clock.now().toISOString()));
    await headFile.update().catch(log);
    return { keys, headFile };
  } catch (error) {
    await opened.close(); // give the folder back: the core cannot write an audit row without a key
    throw error;
  }
}

function unavailableCore(databasePath: string, database: Exclude<DatabaseState, { state: 'ready' }>, problem: string, appVersion: string): UnavailableCore {
  return {
    state: database.state,
    databasePath,
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

/**
 * The newest copy to restore, relative to the data folder (the screen shows it before sign-in), if
 * the folder can be read: the damaged screen must show either way.
 */
function newestBackupIn(folder: string): string | null {
  try {
    const [newest] = listBackups(folder);
    return newest ? `${BACKUP_FOLDER_NAME}/${newest.fileName}` : null;
  } catch {
    return null;
  }
}

/** A driver's message may quote the file it could not open: the screen names it relative to the data folder. */
function withoutFolder(problem: string, dataDir: string): string {
  return problem.split(join(dataDir, DATABASE_FILE_NAME)).join(DATABASE_FILE_NAME).split(dataDir).join('(data folder)');
}

/** One sentence for a terminal: what is wrong with the database and what to do. */
export function explainUnavailable(core: UnavailableCore): string {
  return core.state === 'inUse'
    ? `${core.problem} Close it, then try again.`
    : `The database at ${core.databasePath} is damaged: ${core.problem}`;
}
