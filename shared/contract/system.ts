import { z } from 'zod';
import { defineOperation } from './define';

export type DatabaseState =
  | { state: 'ready'; path: string }
  /** quick_check failed or the file is not a database: never reset silently. */
  | {
      state: 'damaged';
      path: string;
      problem: string;
      /** The newest copy in the backups folder, to restore in its place; null when there is none. */
      latestBackup: string | null;
    }
  /** Another Hearth process (the app, a preview, a command-line task) has the data folder open. */
  | { state: 'inUse'; path: string; heldBy: { pid: number; host: string; since: string } };

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
