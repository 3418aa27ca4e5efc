import { useSyncExternalStore, type ReactNode } from 'react';
import { Anchor, type AnchorProps } from '@mantine/core';

// A tiny hash router: the app is one page served from a file or the preview, so `#/residents/42`
// needs no server support and survives reloads. Patterns look like `/residents/:id`.

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentPath(): string {
  const path = window.location.hash.replace(/^#/, '');
  return path.startsWith('/') ? path : '/';
}

/** The current path, e.g. "/residents/42"; re-renders when it changes. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.location.replace(`#${path}`);
  else window.location.hash = path;
}

export type RouteParams = Record<string, string>;

/** A path segment decoded, or null when its %-escapes are malformed (a hand-typed `#/residents/%E0`). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The parameters of `path` under `pattern`, or null when it does not match (or cannot be decoded). */
export function matchPath(pattern: string, path: string): RouteParams | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.split('?')[0].split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: RouteParams = {};
  for (let i = 0; i < patternParts.length; i += 1) {
    const expected = patternParts[i];
    if (expected.startsWith(':')) {
      // An undecodable segment matches nothing, so the person sees "Page not found", not a blank window.
      const value = decodeSegment(pathParts[i]);
      if (value === null) return null;
      params[expected.slice(1)] = value;
    } else if (expected !== pathParts[i]) return null;
  }
  return params;
}

export interface Route {
  pattern: string;
  render: (params: RouteParams) => ReactNode;
}

/** Renders the first route matching the current path, else `fallback`. */
export function Routes({ routes, fallback }: { routes: Route[]; fallback: ReactNode }) {
  const path = usePath();
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params) return <>{route.render(params)}</>;
  }
  return <>{fallback}</>;
}

/** An in-app link: a real <a href="#/..."> so it works with keyboard, middle-click and screen readers. */
export function Link({ to, children, ...props }: AnchorProps & { to: string; children: ReactNode }) {
  return (
    <Anchor href={`#${to}`} {...props}>
      {children}
    </Anchor>
  );
}
