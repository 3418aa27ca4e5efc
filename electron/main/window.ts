import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { chooseRendererUrl } from './renderer-url';

/** The page the window loads: the built files, or in development the dev server `npm start` runs. */
export function rendererPageUrl(): string {
  return chooseRendererUrl({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    builtPageUrl: pathToFileURL(join(__dirname, '../renderer/index.html')).href,
  });
}

/** The window; guards.ts has already guarded its contents (navigation, new windows, permissions). */
export function createMainWindow(pageUrl: string): BrowserWindow {
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
  void window.loadURL(pageUrl);
  return window;
}
