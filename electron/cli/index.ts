import { resolve } from 'node:path';
import { runCli } from './run-cli';

/**
 *   node out/main/cli.js seed-demo     fictional residents and staff in an empty register
 *   node out/main/cli.js verify-audit  "intact", or the first broken row (exit code 1)
 * The database folder is HEARTH_DATA_DIR, else the preview's .hearth-preview/ in the project.
 */
const dataDir = process.env.HEARTH_DATA_DIR || resolve(__dirname, '../..', '.hearth-preview');
void runCli(process.argv[2], dataDir, { info: (line) => console.log(line), error: (line) => console.error(line) }).then((code) => process.exit(code));
