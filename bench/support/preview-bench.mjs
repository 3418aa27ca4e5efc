// What every browser benchmark needs around its own measurements: command-line options, the built
// preview on a temporary data folder (the audit key in another temporary folder, as an
// installation keeps it outside the data folder), the preview's bridge as a page calls it, and
// percentiles. Each script keeps only what it fills and what it times.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/** `--name value` from the command line, or `fallback`. */
export function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

/** The first administrator every benchmark signs in as. */
export const ADMIN = { firstName: 'Ada', lastName: 'Lovelace', username: 'ada', password: 'correct horse battery staple' };

/** Starts `<app>/out/main/preview.js` on a fresh data folder; resolves with its URL, the data folder (for files a benchmark writes) and a `stop` that removes everything. */
export async function startBenchPreview(app) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hearth-bench-data-'));
  const keyDir = mkdtempSync(join(tmpdir(), 'hearth-bench-key-'));
  const preview = spawn(process.execPath, [join(app, 'out/main/preview.js'), '--port', '0'], {
    cwd: app,
    env: { ...process.env, HEARTH_DATA_DIR: dataDir, HEARTH_AUDIT_KEY_FILE: join(keyDir, 'audit.key') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => {
    preview.kill();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(keyDir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise((resolveUrl, reject) => {
      let output = '';
      preview.stdout.on('data', (chunk) => {
        output += chunk;
        const found = output.match(/http:\/\/127\.0\.0\.1:\d+\/?/);
        if (found) resolveUrl(found[0].replace(/\/?$/, '/'));
      });
      preview.on('exit', (code) => reject(new Error(`the preview stopped (${code}): ${output}`)));
    });
    return { url, dataDir, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Calls operations through the preview's bridge, as a page would (its token, its origin). */
export async function bridgeOf(url) {
  const origin = new URL(url).origin;
  const html = await (await fetch(url)).text();
  const token = html.match(/name="hearth-preview-token" content="([^"]+)"/)[1];
  return async (name, input) => {
    const response = await fetch(new URL('/api/invoke', url), { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Hearth-Token': token, Origin: origin }, body: JSON.stringify({ name, input }) });
    const result = await response.json();
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
}

/** "label: p50 … ms, p95 … ms, max … ms (n samples)". */
export function printPercentiles(label, values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  console.log(`${label}: p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (${values.length} samples)`);
}

/** Names the fills draw residents and staff from (accents included: the register folds them). */
export const FIRST_NAMES = ['Éloïse', 'Marc', 'Nadia', 'Samuel', 'Chloé', 'Jean', 'Amira', 'Louis', 'Inès', 'Olivier', 'Fatima', 'Gabriel'];
export const LAST_NAMES = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher'];

/**
 * Debian's Chromium with one page signed in as the benchmark's administrator. `beforeLoad` runs on
 * the page before the app loads (e.g. an init script that records answers). Close `browser` after.
 */
export async function signedInPage(url, beforeLoad = async () => {}) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await beforeLoad(page);
  await page.goto(url);
  await page.getByLabel('User name').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  return { browser, page };
}
