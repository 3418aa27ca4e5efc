import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Dispatch } from '../core/dispatcher';

/**
 * The browser preview: serves the built renderer and bridges `invoke` to the same dispatcher the
 * Electron window uses. Loopback only. Each page load gets its own random token (and so its own
 * session); a call without a token this server issued, or from another origin or host name, is refused.
 */
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_LIVE_TOKENS = 500;
const HOST = '127.0.0.1';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

export interface PreviewServerOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  /** Called with the channel of a page whose token was dropped (too many pages): its session must end too. */
  onPageForgotten?: (channelId: string) => void;
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const tokens = new Set<string>();
  let origin = '';

  const issueToken = (): string => {
    const token = randomBytes(24).toString('base64url');
    tokens.add(token);
    if (tokens.size > MAX_LIVE_TOKENS) {
      const oldest = tokens.values().next().value as string;
      tokens.delete(oldest);
      options.onPageForgotten?.(channelOf(oldest));
    }
    return token;
  };

  const server: Server = createServer((request, response) => {
    void route(request, response).catch(() => send(response, 500, { ok: false, error: { code: 'internal', message: 'Preview server error.' } }));
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Another host name pointing at 127.0.0.1 (DNS rebinding) is not us.
    if (request.headers.host !== new URL(origin).host) return send(response, 421, { ok: false, error: { code: 'forbidden', message: 'Wrong host.' } });
    const path = pathOf(request.url ?? '/');
    if (path === null) return send(response, 400, { ok: false, error: { code: 'validation', message: 'Malformed path.' } });
    if (path === '/api/invoke') return invokeRoute(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, { ok: false, error: { code: 'forbidden', message: 'Method not allowed.' } });
    return staticRoute(path, response);
  }

  async function invokeRoute(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, { ok: false, error: { code: 'forbidden', message: 'Use POST.' } });
    if (request.headers.origin !== origin) return send(response, 403, { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the preview page itself.' } });
    const token = request.headers['x-hearth-token'];
    if (typeof token !== 'string' || !tokens.has(token)) return send(response, 403, { ok: false, error: { code: 'forbidden', message: 'Unknown page token: reload the page.' } });
    if (!String(request.headers['content-type']).startsWith('application/json')) return send(response, 415, { ok: false, error: { code: 'validation', message: 'Send JSON.' } });

    const body = await readBody(request);
    if (body === null) return send(response, 413, { ok: false, error: { code: 'validation', message: 'The request is too large.' } });
    let call: { name?: unknown; input?: unknown };
    try {
      call = JSON.parse(body) as { name?: unknown; input?: unknown };
    } catch {
      return send(response, 400, { ok: false, error: { code: 'validation', message: 'The request is not valid JSON.' } });
    }
    const result = await options.dispatch(channelOf(token), call?.name, call?.input);
    return send(response, 200, result);
  }

  async function staticRoute(path: string, response: ServerResponse): Promise<void> {
    const decoded = decodePath(path);
    // A malformed %-escape (`/%`, `/assets/%ZZ`, a cut UTF-8 sequence) is the browser's mistake, not ours: 400, not 500.
    if (decoded === null) return send(response, 400, { ok: false, error: { code: 'validation', message: 'Malformed path.' } });
    const relative = path === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = normalize(join(options.rendererDir, relative));
    if (!file.startsWith(options.rendererDir + sep)) return send(response, 404, { ok: false, error: { code: 'not_found', message: 'Not found.' } });
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(response, 404, { ok: false, error: { code: 'not_found', message: 'Not found.' } });
    }
    if (relative === 'index.html') {
      const html = content.toString('utf8').replace('</head>', `<meta name="hearth-preview-token" content="${issueToken()}" /></head>`);
      content = Buffer.from(html, 'utf8');
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', ...SECURITY_HEADERS });
    response.end(content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  origin = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The path of a request target, or null when it is not one (`//`, `//[`: read as a host name, and not a valid one). */
function pathOf(target: string): string | null {
  try {
    return new URL(target, 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** Each page load is its own window, so its own session. */
function channelOf(token: string): string {
  return `preview:${token}`;
}

/** The body as text, or null if it is over the limit (the rest is read and dropped, so the 413 reaches the page). */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
  response.end(JSON.stringify(body));
}
