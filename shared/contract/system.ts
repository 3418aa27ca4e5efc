import { z } from 'zod';
import { defineOperation } from './define';

/**
 * Answered before anyone signs in, so it names files only relative to the data folder
 * (`hearth.sqlite`, `backups/<copy>.sqlite`): an absolute path would tell whoever stands at the
 * screen the account's user name and the folder layout. The README says where the data folder is.
 */
export type DatabaseState =
  | { state: 'ready'; file: string }
  /** quick_check failed or the file is not a database: never reset silently. */
  | {
      state: 'damaged';
      file: string;
      problem: string;
      /** The newest copy in the backups folder (e.g. `backups/hearth-daily-….sqlite`), to restore in its place; null when there is none. */
      latestBackup: string | null;
    }
  /** Another Hearth process (the app, a preview, a command-line task) has the data folder open. */
  | { state: 'inUse'; file: string; heldBy: { pid: number; host: string; since: string } };

export interface SystemStatus {
  database: DatabaseState;
  /** True until the first administrator account exists. */
  needsFirstAdministrator: boolean;
  appVersion: string;
}

export interface DemoDataSummary {
  residents: number;
  staff: number;
}

export const systemContract = {
  'system.status': defineOperation<SystemStatus>()({ input: z.strictObject({}), access: 'public' }),
  /** Whether the register is still empty, so the app can offer demo data. */
  'demo.isDatabaseEmpty': defineOperation<boolean>()({ input: z.strictObject({}), access: 'demo.load' }),
  /** Fills an empty register with fictional residents and staff; refused once real data exists. */
  'demo.load': defineOperation<DemoDataSummary>()({ input: z.strictObject({}), access: 'demo.load' }),
};
