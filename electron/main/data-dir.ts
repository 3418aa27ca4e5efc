import { app } from 'electron';

/** HEARTH_DATA_DIR wins (a shared drive, a test); otherwise Electron's per-user folder. */
export function resolveDataDir(): string {
  return process.env.HEARTH_DATA_DIR || app.getPath('userData');
}
