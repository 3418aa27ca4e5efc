import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/preview-server';
import { ADMIN_PASSWORD, startTestCore, type TestCore } from '../support/test-core';

let t: TestCore;
let server: PreviewServer;
let rendererDir: string;
let origin: string;

beforeAll(async () => {
  t = await startTestCore({ setUpAdmin: false });
  rendererDir = mkdtempSync(join(tmpdir(), 'hearth-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>Hearth</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startPreviewServer({ dispatch: t.core.dispatch, rendererDir });
  origin = server.url.replace(/\/$/, '');
});

afterAll(async () => {
  await server.close();
  await t.dispose();
  rmSync(rendererDir, { recursive: true, force: true });
});

async function pageToken(): Promise<string> {
  const html = await (await fetch(`${origin}/`)).text();
  const token = /name="hearth-preview-token" content="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no token in the page');
  return token;
}

/** The status line's code for a GET of `target` sent exactly as written. */
function rawStatus(target: string): Promise<number> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

function invoke(token: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Hearth-Token': token, Origin: origin, ...headers },
    body: JSON.stringify(body),
  });
}

describe('the browser preview bridge', () => {
  test('listens on the loopback address only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  test('serves the page with a fresh token for every load and a strict content security policy', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await pageToken()).not.toBe(await pageToken());
  });

  test('answers a call that carries a token it issued, from its own origin', async () => {
    const response = await invoke(await pageToken(), { name: 'system.status', input: {} });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { needsFirstAdministrator: true } });
  });

  test('refuses a call from another origin', async () => {
    const response = await invoke(await pageToken(), { name: 'system.status', input: {} }, { Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
  });

  test('refuses a call without a token it issued', async () => {
    const response = await invoke('made-up-token', { name: 'system.status', input: {} });
    expect(response.status).toBe(403);
  });

  test('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const call = request(`${origin}/`, { headers: { Host: 'attacker.example:80' } }, (response) => resolve(response.statusCode ?? 0));
      call.on('error', reject);
      call.end();
    });
    expect(status).toBe(421);
  });

  test('refuses a body over 1 MiB and malformed JSON without touching the core', async () => {
    const token = await pageToken();
    const huge = await invoke(token, { name: 'auth.signIn', input: { username: 'x'.repeat(2 * 1024 * 1024), password: 'y' } });
    expect(huge.status).toBe(413);
    const broken = await fetch(`${origin}/api/invoke`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Hearth-Token': token, Origin: origin }, body: '{nope' });
    expect(broken.status).toBe(400);
  });

  test('gives each page its own session', async () => {
    const first = await pageToken();
    const second = await pageToken();
    const setUp = await invoke(first, { name: 'auth.setUpFirstAdministrator', input: { firstName: 'Ada', lastName: 'Admin', username: 'ada', password: 'correct horse battery', alsoManager: true } });
    expect(await setUp.json()).toMatchObject({ ok: true });
    expect(await (await invoke(first, { name: 'auth.session', input: {} })).json()).toMatchObject({ ok: true, value: { username: 'ada' } });
    expect(await (await invoke(second, { name: 'auth.session', input: {} })).json()).toEqual({ ok: true, value: null });
  });

  test('never serves files outside the renderer folder', async () => {
    const response = await fetch(`${origin}/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(404);
  });

  test.each(['/%', '/assets/%ZZ', '/%E0%A4%A', '/assets/app.js%', '/%00', '/assets/%2e%2e/%2e%2e/%'])('answers a malformed or hostile path %s with 400 or 404, never a server error', async (path) => {
    const response = await fetch(`${origin}${path}`);
    expect([400, 404]).toContain(response.status);
    expect(await response.json()).toMatchObject({ ok: false });
  });

  // fetch() would tidy these up before sending: they go out as typed, over a bare socket.
  test.each(['//', '//[', '//a%20b/x', '//@'])('answers a request target %s that is not a path with 400, never a server error', async (target) => {
    expect(await rawStatus(target)).toBe(400);
  });

  test('still serves the page and its files after malformed paths', async () => {
    await fetch(`${origin}/%`);
    expect((await fetch(`${origin}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${origin}/assets/%61pp.js`)).status).toBe(200);
  });
});

test('a page whose token is dropped (after 500 newer page loads) loses its session too', async () => {
  const core = await startTestCore();
  const forgotten: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'hearth-renderer-'));
  writeFileSync(join(dir, 'index.html'), '<html><head></head><body></body></html>');
  const preview = await startPreviewServer({
    dispatch: core.core.dispatch,
    rendererDir: dir,
    onPageForgotten: (channelId) => {
      forgotten.push(channelId);
      core.core.services.sessions.end(channelId);
    },
  });
  try {
    const base = preview.url.replace(/\/$/, '');
    const tokenOf = async () => /content="([^"]+)"/.exec(await (await fetch(`${base}/`)).text())![1];
    const first = await tokenOf();
    const call = (token: string, name: string, input: unknown) =>
      fetch(`${base}/api/invoke`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Hearth-Token': token, Origin: base }, body: JSON.stringify({ name, input }) });
    expect(await (await call(first, 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD })).json()).toMatchObject({ ok: true });
    for (let i = 0; i < 500; i += 1) await tokenOf();
    expect(forgotten).toEqual([`preview:${first}`]);
    expect(core.core.services.sessions.get(`preview:${first}`)).toBeUndefined();
    expect((await call(first, 'auth.session', {})).status).toBe(403);
  } finally {
    await preview.close();
    await core.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});
