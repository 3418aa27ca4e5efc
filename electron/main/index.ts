import { app, BrowserWindow, dialog } from 'electron';
import { parseIdleLockSeconds } from '../core/config/start-up-values';
import { createCore, type Core } from '../core/core';
import { resolveDataDir } from './data-dir';
import { electronAuditKeyStore } from './safe-storage-key-store';
import { guardEveryWebContents } from './guards';
import { connectIpc } from './ipc';
import { connectPrinting } from './print';
import { isOwnPageUrl } from './renderer-url';
import { createMainWindow, rendererPageUrl } from './window';

// The Electron shell: lifecycle, guards, window and IPC hook-up. Everything else is in ../core.
let core: Core | null = null;
/** Known once started; until then no URL is the app's own, so no page can navigate or call. */
let pageUrl: string | null = null;
const isOwnPage = (url: string | undefined) => pageUrl !== null && isOwnPageUrl(url, pageUrl);

// One Hearth per user and machine: two processes writing one SQLite file would refuse each other's
// writes. A second start focuses the first window and exits without opening the database.
if (!app.requestSingleInstanceLock()) {
  app.exit(0);
} else {
  guardEveryWebContents(isOwnPage);
  app.on('second-instance', focusExistingWindow);
  app.whenReady().then(start).catch(cannotStart);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void core?.close();
  });
}

async function start(): Promise<void> {
  const url = rendererPageUrl();
  pageUrl = url;
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
  connectIpc(core, (_sender, frameUrl) => isOwnPage(frameUrl));
  connectPrinting((_sender, frameUrl) => isOwnPage(frameUrl));
  createMainWindow(url);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(url);
  });
}

function cannotStart(error: unknown): void {
  dialog.showErrorBox('Hearth could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
