import { createHashHistory, createRouter } from '@tanstack/react-router';
import type { Permission } from '../../shared/permissions';
import type { MessageKey } from '../i18n/messageKeys';
import { routeTree } from './routes';

// The app's addresses: TanStack Router over the hash (`#/residents/42?status=admitted`), which needs
// no server and works from a file:// window and from the preview alike.

/** One router per signed-in app, made when it mounts: it starts from the address as it is then (a pasted link). */
export function createAppRouter() {
  return createRouter({ routeTree, history: createHashHistory(), defaultPreload: false, scrollRestoration: true });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
  /** What a screen needs, declared once on its route: the guard, the navbar and the home redirect read it. */
  interface StaticDataRouteOption {
    /** The person must hold this permission to open the screen... */
    permission?: Permission;
    /** ...the screen is listed in the navbar under this label, in route order... */
    navLabelKey?: MessageKey;
    /** ...unless they hold this one (emergency access is for those who cannot browse the register). */
    unless?: Permission;
  }
}
