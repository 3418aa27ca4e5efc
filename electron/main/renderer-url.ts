/**
 * Which page the window loads, and which URLs count as that page. Pure functions (no Electron),
 * so the decisions are tested without a window.
 */

/** Where a development server may run: this machine. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface RendererSource {
  /** Electron's `app.isPackaged`: true in an installed Hearth. */
  isPackaged: boolean;
  /** `ELECTRON_RENDERER_URL`, which `npm start` sets to electron-vite's development server. */
  devServerUrl: string | undefined;
  /** The built page, a file:// URL. */
  builtPageUrl: string;
}

/**
 * The built page, except in development when a development server is given. An installed Hearth
 * ignores the variable: nobody can point the staff console at another page by setting it.
 */
export function chooseRendererUrl({ isPackaged, devServerUrl, builtPageUrl }: RendererSource): string {
  if (isPackaged || !devServerUrl) return builtPageUrl;
  const url = parseUrl(devServerUrl);
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`ELECTRON_RENDERER_URL must be a development server on this computer (http://localhost:<port>), not "${devServerUrl}".`);
  }
  return url.href;
}

/**
 * Is `url` the app's own page (any of its routes), rather than somewhere a link, a redirect or a
 * frame could lead? The built page: that very file. The development server: its origin.
 */
export function isOwnPageUrl(url: string | undefined, ownPageUrl: string): boolean {
  const candidate = url ? parseUrl(url) : null;
  if (!candidate) return false;
  const own = new URL(ownPageUrl);
  if (own.protocol === 'file:') return candidate.protocol === 'file:' && candidate.host === own.host && candidate.pathname === own.pathname;
  return candidate.origin === own.origin;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
