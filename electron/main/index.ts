import { app, BrowserWindow, dialog } from 'electron';
import { parseIdleLockSeconds } from '../core/config/start-up-values';
import { createCore, type Core } from '../core/core';
import { resolveDataDir } from './data-dir';
import { electronAuditKeyStore } from './safe-storage-key-store';
import { connectIpc } from './ipc';
import { createMainWindow, isOwnRendererUrl } from './window';

// The Electron shell: lifecycle, window and IPC hook-up. Everything else is in ../core.
let core: Core | null = null;

// One Hearth per user and machine: two processes writing one SQLite file would refuse each other's
// writes. A second start focuses the first window and exits without opening the database.
if (!app.requestSingleInstanceLock()) {
  app.exit(0);
} else {
  app.on('second-instance', focusExistingWindow);
  app.whenReady().then(start);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void core?.close();
  });
}

async function start(): Promise<void> {
  // Refused, not ignored: a typo in an override must never leave the screen without its idle lock.
  const idleLock = parseIdleLockSeconds(process.env.HEARTH_IDLE_LOCK_SECONDS);
  if (!idleLock.ok) {
    dialog.showErrorBox('Hearth could not start', idleLock.problem);
    app.exit(1);
    return;
  }
  try {
    const dataDir = resolveDataDir();
    const auditKeyStore = electronAuditKeyStore(dataDir, (line) => console.warn(line));
    core = await createCore({ dataDir, appVersion: app.getVersion(), idleLockSecondsOverride: idleLock.value, auditKeyStore });
  } catch (error) {
    dialog.showErrorBox('Hearth could not start', (error as Error).message);
    app.exit(1);
    return;
  }
  connectIpc(core, (_sender, frameUrl) => isOwnRendererUrl(frameUrl));
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
}

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
