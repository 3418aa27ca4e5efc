// Starts the built preview on a fresh database for one end-to-end run.
// Usage: node test/e2e/support/start-preview.mjs <port> <data dir> [--idle-lock-seconds N] [--damaged] [--renderer <built renderer dir>]
// The audit key file is .tmp/e2e-audit-keys/<name of the data dir>.key.
// --damaged puts a file that is not a database where the database should be, and a backup copy beside it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const [port, dataDir, ...options] = process.argv.slice(2);
const absoluteDataDir = resolve(dataDir);
rmSync(absoluteDataDir, { recursive: true, force: true });
if (options.includes('--damaged')) {
  mkdirSync(absoluteDataDir, { recursive: true });
  writeFileSync(join(absoluteDataDir, 'hearth.sqlite'), 'This is not a SQLite database. '.repeat(200));
  // A daily copy from before the damage, for the screen to point to.
  mkdirSync(join(absoluteDataDir, 'backups'));
  writeFileSync(join(absoluteDataDir, 'backups', 'hearth-daily-2026-11-22T08-00-00-000Z.sqlite'), 'a copy');
}
const idle = options.indexOf('--idle-lock-seconds');
if (idle >= 0) process.env.HEARTH_IDLE_LOCK_SECONDS = options[idle + 1];
process.env.HEARTH_DATA_DIR = absoluteDataDir;
const renderer = options.indexOf('--renderer');
if (renderer >= 0) process.env.HEARTH_RENDERER_DIR = resolve(options[renderer + 1]);
// The audit key lives outside the data folder, as it does for a real installation; a fresh
// database gets a fresh key (audit-verification.check.ts finds it at the same place).
const keyFile = resolve('.tmp/e2e-audit-keys', `${basename(absoluteDataDir)}.key`);
rmSync(keyFile, { force: true });
process.env.HEARTH_AUDIT_KEY_FILE = keyFile;
process.argv = [process.argv[0], 'preview.js', '--port', port];
await import(resolve('out/main/preview.js'));
