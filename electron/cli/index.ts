import { resolve } from 'node:path';
import { runCli } from './run-cli';

/**
 *   node out/main/cli.js seed-demo     fictional residents and staff in an empty register
 *   node out/main/cli.js verify-audit  "intact", or the first broken row (exit code 1)
 *     --noted <row>:<fingerprint>      also checks a fingerprint noted earlier (exit code 1 if rebuilt)
 * The database folder is HEARTH_DATA_DIR, else the preview's .hearth-preview/ in the project; the
 * audit key file is HEARTH_AUDIT_KEY_FILE, else the folder's key file in the user's configuration
 * folder (README, "The audit key").
 */
const dataDir = process.env.HEARTH_DATA_DIR || resolve(__dirname, '../..', '.hearth-preview');
const output = { info: (line: string) => console.log(line), error: (line: string) => console.error(line) };
void runCli(process.argv[2], dataDir, output, process.argv.slice(3)).then((code) => process.exit(code));
