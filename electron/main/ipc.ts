import { ipcMain, type WebContents } from 'electron';
import type { Core } from '../core/core';

/**
 * Hooks the dispatcher to IPC. Only the app's own top frame may call: a frame from elsewhere
 * (an embedded page, a navigated-away window) gets `forbidden`. Each window is its own session.
 */
export function connectIpc(core: Core, isOwnFrame: (sender: WebContents, frameUrl: string | undefined) => boolean): void {
  ipcMain.handle('hearth:invoke', (event, name: unknown, input: unknown) => {
    if (!isOwnFrame(event.sender, event.senderFrame?.url) || event.senderFrame !== event.sender.mainFrame) {
      return { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the Hearth window.' } };
    }
    return core.dispatch(`window:${event.sender.id}`, name, input);
  });
}
