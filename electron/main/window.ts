import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, shell } from 'electron';

/** Where the renderer comes from: the dev server in `npm start`, the built files otherwise. */
export function rendererUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  return devServer ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href;
}

export function isOwnRendererUrl(url: string | undefined): boolean {
  if (!url) return false;
  const own = new URL(rendererUrl());
  const candidate = new URL(url);
  return own.protocol === 'file:' ? candidate.protocol === 'file:' && candidate.pathname === own.pathname : candidate.origin === own.origin;
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    title: 'Hearth',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      // At a locked screen the app stays mounted (hidden): developer tools would show it.
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  // Hearth needs no camera, microphone, location or notifications permission: refuse every request.
  window.webContents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  // Links to the outside open in the browser; the window itself never navigates away.
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https:')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isOwnRendererUrl(url)) event.preventDefault();
  });
  void window.loadURL(rendererUrl());
  return window;
}
