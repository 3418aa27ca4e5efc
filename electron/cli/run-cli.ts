import { createCore } from '../core/core';

export const CLI_USAGE = 'Usage: cli.js seed-demo | verify-audit   (database folder: HEARTH_DATA_DIR, default .hearth-preview/)';

export interface CliOutput {
  info(line: string): void;
  error(line: string): void;
}

/**
 * Command-line tasks on a Hearth database (no Electron needed). Returns the exit code:
 * 0 done / intact, 1 failed / broken / damaged, 2 usage.
 */
export async function runCli(command: string | undefined, dataDir: string, out: CliOutput): Promise<number> {
  if (command !== 'seed-demo' && command !== 'verify-audit') {
    out.error(CLI_USAGE);
    return 2;
  }
  const core = await createCore({ dataDir });
  if (core.state === 'damaged') {
    out.error(`The database at ${core.databasePath} is damaged: ${core.problem}`);
    return 1;
  }
  try {
    if (command === 'seed-demo') {
      const summary = await core.services.demo.seed(null);
      out.info(`Loaded ${summary.residents} demo residents and ${summary.staff} demo staff into ${core.databasePath}`);
      return 0;
    }
    const result = await core.services.audit.verify();
    if (result.intact) {
      out.info(`Audit trail intact: ${result.checkedRows} rows checked (${core.databasePath})`);
      return 0;
    }
    out.error(`Audit trail BROKEN at row #${result.firstBrokenSeq}: ${result.problem} (${result.checkedRows} rows verified before it)`);
    return 1;
  } catch (error) {
    out.error((error as Error).message);
    return 1;
  } finally {
    await core.close();
  }
}
