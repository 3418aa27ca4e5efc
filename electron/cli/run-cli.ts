import { createCore, explainUnavailable } from '../core/core';
import { DomainError } from '../core/errors';
import { verifyAuditChain } from '../core/audit/verify-chain';
import { describeChain, describeSegments, describeWitness } from '../core/audit/describe-verification';
import { keyRingOf } from '../core/audit/audit-key';
import { isDisagreement } from '../core/audit/audit-witness-compare';
import { defaultAuditKeyFile, fileAuditKeyStore, type AuditKeyStore } from '../core/audit/audit-key-store';
import { openDatabaseReadOnly } from '../core/db/open-database-read-only';
import { verifyAuditInput, type VerifyAuditInput } from '../../shared/contract/audit';

export const CLI_USAGE =
  'Usage: cli.js seed-demo | verify-audit [--noted <row>:<fingerprint>]   (database folder: HEARTH_DATA_DIR, default .hearth-preview/)';

export interface CliOutput {
  info(line: string): void;
  error(line: string): void;
}

/**
 * Command-line tasks on a Hearth database (no Electron needed). Returns the exit code:
 * 0 done / intact, 1 failed / broken / damaged / in use, 2 usage.
 */
export async function runCli(
  command: string | undefined,
  dataDir: string,
  out: CliOutput,
  options: string[] = [],
  /** Where the audit key is: default HEARTH_AUDIT_KEY_FILE, else the data folder's key file in the user's configuration folder. */
  auditKeyStore: AuditKeyStore = fileAuditKeyStore(defaultAuditKeyFile(dataDir)),
): Promise<number> {
  if (command === 'seed-demo' && options.length === 0) return seedDemo(dataDir, out);
  if (command === 'verify-audit') {
    const noted = parseNoted(options);
    if (noted !== 'invalid') return verifyAudit(dataDir, out, noted, auditKeyStore);
  }
  out.error(CLI_USAGE);
  return 2;
}

/** `--noted 1234:3F2A-91C0-7B44-0E1D`, checked with the same schema as the audit screen's form. */
function parseNoted(options: string[]): VerifyAuditInput['noted'] | 'invalid' {
  if (options.length === 0) return null;
  const match = options.length === 2 && options[0] === '--noted' ? /^(\d+):(.+)$/.exec(options[1]) : null;
  if (!match) return 'invalid';
  const parsed = verifyAuditInput.safeParse({ noted: { seq: Number(match[1]), fingerprint: match[2] } });
  return parsed.success ? parsed.data.noted : 'invalid';
}

/** Writes, so it takes the data folder like the app does: refused while the app has it open. */
async function seedDemo(dataDir: string, out: CliOutput): Promise<number> {
  // The core's own work (the start-up backup) reports here in one line, like everything a terminal shows.
  const core = await createCore({ dataDir, log: (error, where) => out.error(`${where ? `${where}: ` : ''}${oneLine(error)}`) });
  if (core.state !== 'ready') {
    out.error(explainUnavailable(core));
    return 1;
  }
  try {
    // Through the core's queue: it waits for the start-up backup instead of running inside it.
    const summary = await core.runTask(() => core.services.demo.seed(null));
    out.info(`Loaded ${summary.residents} demo residents and ${summary.staff} demo staff into ${core.databasePath}`);
    return 0;
  } catch (error) {
    out.error(error instanceof DomainError ? error.message : `Demo data could not be loaded, and nothing was changed: ${oneLine(error)}`);
    return 1;
  } finally {
    await core.close();
  }
}

/** A failure as one line for a terminal: its message, never its stack. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

/**
 * Only reads, so it runs beside the app: an administrator can check the trail at any time. The
 * key is only loaded, never made: without it, keyed rows are checked for order only (and said so).
 */
async function verifyAudit(dataDir: string, out: CliOutput, noted: VerifyAuditInput['noted'], keyStore: AuditKeyStore): Promise<number> {
  const database = await openDatabaseReadOnly(dataDir);
  if (database.state !== 'ready') {
    out.error(`${database.problem} (${database.path})`);
    return 1;
  }
  try {
    const stored = keyStore.load();
    const result = await verifyAuditChain(database.dataSource, { noted: noted ?? null, keys: keyRingOf(stored.state === 'found' ? stored.secret : null), dataDir });
    const summary = `${describeChain(result)} (${database.path})`;
    if (result.intact) out.info(summary);
    else out.error(summary);
    if (stored.state !== 'found') {
      out.info(`No usable audit key at ${keyStore.location}${stored.state === 'unreadable' ? ` (${stored.problem})` : ''}: keyed rows are checked for order only.`);
    }
    for (const line of describeSegments(result)) out.info(line);
    for (const witness of result.witnesses) {
      const line = describeWitness(witness, result.lastSeq);
      if (isDisagreement(witness.verdict)) out.error(line);
      else out.info(line);
    }
    if (!result.intact) return 1;
    if (result.latest) out.info(`Fingerprint of row #${result.latest.seq}: ${result.latest.fingerprint} (note it outside this computer to check later)`);
    if (noted && result.noted !== 'matches') {
      const what = result.noted === 'missing' ? 'belongs to a row that does not exist' : 'does not match';
      out.error(
        `The noted fingerprint of row #${noted.seq} ${what}. Unless the note was mistyped or an older backup was restored after it, the trail was rebuilt since it was noted.`,
      );
      return 1;
    }
    if (noted) out.info(`The noted fingerprint of row #${noted.seq} matches.`);
    return 0;
  } finally {
    await database.close();
  }
}
