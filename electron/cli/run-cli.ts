import { createCore, explainUnavailable } from '../core/core';
import { verifyAuditChain } from '../core/audit/verify-chain';
import { openDatabaseReadOnly } from '../core/db/open-database-read-only';

export const CLI_USAGE = 'Usage: cli.js seed-demo | verify-audit   (database folder: HEARTH_DATA_DIR, default .hearth-preview/)';

export interface CliOutput {
  info(line: string): void;
  error(line: string): void;
}

/**
 * Command-line tasks on a Hearth database (no Electron needed). Returns the exit code:
 * 0 done / intact, 1 failed / broken / damaged / in use, 2 usage.
 */
export async function runCli(command: string | undefined, dataDir: string, out: CliOutput): Promise<number> {
  if (command === 'seed-demo') return seedDemo(dataDir, out);
  if (command === 'verify-audit') return verifyAudit(dataDir, out);
  out.error(CLI_USAGE);
  return 2;
}

/** Writes, so it takes the data folder like the app does: refused while the app has it open. */
async function seedDemo(dataDir: string, out: CliOutput): Promise<number> {
  const core = await createCore({ dataDir });
  if (core.state !== 'ready') {
    out.error(explainUnavailable(core));
    return 1;
  }
  try {
    const summary = await core.services.demo.seed(null);
    out.info(`Loaded ${summary.residents} demo residents and ${summary.staff} demo staff into ${core.databasePath}`);
    return 0;
  } catch (error) {
    out.error((error as Error).message);
    return 1;
  } finally {
    await core.close();
  }
}

/** Only reads, so it runs beside the app: an administrator can check the trail at any time. */
async function verifyAudit(dataDir: string, out: CliOutput): Promise<number> {
  const database = await openDatabaseReadOnly(dataDir);
  if (database.state !== 'ready') {
    out.error(`${database.problem} (${database.path})`);
    return 1;
  }
  try {
    const result = await verifyAuditChain(database.dataSource);
    if (result.intact) {
      out.info(`Audit trail intact: ${result.checkedRows} rows checked (${database.path})`);
      return 0;
    }
    out.error(`Audit trail BROKEN at row #${result.firstBrokenSeq}: ${result.problem} (${result.checkedRows} rows verified before it)`);
    return 1;
  } finally {
    await database.close();
  }
}
