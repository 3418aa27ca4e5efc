import type { Role } from '../../shared/permissions';

/** The signed-in person on whose behalf an operation runs. Comes from the session, never from the input. */
export interface Actor {
  accountId: string;
  staffId: string;
  username: string;
  displayName: string;
  roles: Role[];
}

/**
 * What a handler knows about the call besides its input. `channelId` names the window (Electron
 * webContents) or the browser page (preview) the call came from: sessions are kept per channel.
 */
export interface CallContext {
  channelId: string;
  actor: Actor | null;
}
