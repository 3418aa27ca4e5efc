import type { AnyRoute, RegisteredRouter } from '@tanstack/react-router';
import type { Permission } from '../../shared/permissions';
import type { MessageKey } from '../i18n/messageKeys';

// The navbar and the home redirect, derived from the routes' `staticData` (routes.tsx): a screen's
// permission and label are declared once, on its route.

/** Every address of the app, e.g. '/residents' or '/residents/$id'. */
export type AppPath = keyof RegisteredRouter['routesByPath'];

export interface NavItem {
  to: AppPath;
  labelKey: MessageKey;
}

function flatten(route: AnyRoute): AnyRoute[] {
  const children = (route.children ?? []) as AnyRoute[] | Record<string, AnyRoute>;
  const list = Array.isArray(children) ? children : Object.values(children);
  return list.flatMap((child) => [child, ...flatten(child)]);
}

/** The screens of the navbar the person may open, in route order. */
export function visibleNavItems(routeTree: AnyRoute, can: (permission: Permission) => boolean): NavItem[] {
  return flatten(routeTree).flatMap((route) => {
    const { navLabelKey, permission, unless } = route.options.staticData ?? {};
    if (!navLabelKey || (permission && !can(permission)) || (unless && can(unless))) return [];
    return [{ to: route.fullPath as AppPath, labelKey: navLabelKey }];
  });
}
