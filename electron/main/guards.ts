import { app, type Session, type WebContents } from 'electron';

/**
 * Guards every web contents the app ever creates (the window, and anything a bug or a hostile page
 * might open): no <webview>, no new window, no navigation away from Hearth's own page, no permission.
 * Registered before the first window, so nothing is ever created unguarded.
 */
export function guardEveryWebContents(isOwnPage: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isOwnPage));
}

function guardWebContents(contents: WebContents, isOwnPage: (url: string) => boolean): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Hearth has one window and no links to the outside: window.open, target=_blank and middle-clicks open nothing.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // Neither a link, a script, a server redirect nor a frame takes the window to another page.
  const stayOnOwnPage = (event: Electron.Event<{ url: string }>) => {
    if (!isOwnPage(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnOwnPage);
  contents.on('will-redirect', stayOnOwnPage);
  contents.on('will-frame-navigate', stayOnOwnPage);
  refuseEveryPermission(contents.session);
}

/** Hearth needs no camera, microphone, location, notifications, clipboard or any other permission. */
function refuseEveryPermission(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
