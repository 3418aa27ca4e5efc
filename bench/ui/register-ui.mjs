// The register in a real browser on 5,000 residents: how long the unfiltered register takes to
// open, and how long each keystroke in its search takes to update the list. Prints figures; fails
// on nothing. Usage: npm run bench:ui [-- --residents 5000 --runs 7 --app <folder with a built out/>]
//
// It makes a temporary data folder (the audit key in another temporary folder, as an installation
// keeps it outside the data folder), starts the built preview on it, fills the register through
// the preview's own bridge (the real dispatcher and services, one transaction per admission), then
// drives Debian's Chromium with Playwright.
// Parts of this file run inside the page (page.evaluate, addInitScript): they use its globals.
/* global window, document, location, MutationObserver, requestAnimationFrame */
import { resolve } from 'node:path';
import { ADMIN, bridgeOf, option, printPercentiles, startBenchPreview, signedInPage, FIRST_NAMES, LAST_NAMES } from '../support/preview-bench.mjs';

const RESIDENTS = Number(option('residents', '5000'));
const RUNS = Number(option('runs', '7'));
const APP = resolve(option('app', '.'));
const SEARCH = 'tremblay';
const FIRST = FIRST_NAMES;
const LAST = LAST_NAMES;

let preview;
let browser;

try {
  preview = await startBenchPreview(APP);
  const { url } = preview;
  const { seconds, invoke } = await fillRegister(url);
  console.log(`register filled: ${RESIDENTS} residents in ${seconds.toFixed(1)} s (app: ${APP})`);
  await printBridgeTimes(invoke);

  let page;
  ({ browser, page } = await signedInPage(url, (fresh) => fresh.addInitScript(recordListAnswers)));

  const opening = [];
  const keystrokes = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.evaluate(() => (location.hash = '#/settings'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(200);
    opening.push(await page.evaluate(openRegisterAndWait, { search: '' }));
    const search = page.getByRole('searchbox').first();
    await search.click();
    for (let i = 0; i < SEARCH.length; i += 1) {
      await page.evaluate(() => {
        window.__keyAt = null;
        document.addEventListener('keydown', () => (window.__keyAt ??= performance.now()), { capture: true, once: true });
      });
      const wait = page.evaluate(waitForListAnswer, { search: SEARCH.slice(0, i + 1) });
      await page.keyboard.press(SEARCH[i]);
      keystrokes.push(await wait);
    }
    await search.fill('');
    await page.waitForTimeout(400);
  }
  printPercentiles('open the unfiltered register (navigation → rows painted)', opening);
  printPercentiles(`a keystroke in the search, typing "${SEARCH}" (keydown → list painted)`, keystrokes);
} finally {
  await browser?.close();
  preview?.stop();
}

/** Through the preview's bridge, as a page would call it: the first administrator, then the admissions. */
async function fillRegister(url) {
  const invoke = await bridgeOf(url);
  await invoke('auth.setUpFirstAdministrator', { ...ADMIN, alsoManager: true });
  const started = performance.now();
  for (let i = 0; i < RESIDENTS; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    await invoke('residents.admit', {
      firstName: FIRST[i % FIRST.length],
      lastName: `${LAST[(i * 7) % LAST.length]}${i % 3 === 0 ? '' : `-${LAST[i % LAST.length]}`}`,
      preferredName: null, pronouns: null,
      dateOfBirth: `${1950 + (i % 50)}-${month}-${day}`,
      program: i % 4 === 0 ? 'outpatient' : 'residential', language: i % 2 ? 'fr' : 'en',
      house: `House ${i % 9}`, room: String(100 + (i % 40)),
      emergencyContactName: null, emergencyContactRelationship: null, emergencyContactPhone: null, emergencyContactEmail: null,
      equineWaiverSignedOn: null, photoConsent: i % 2 === 0,
      admissionDate: `2025-${month}-${day}`, confirmNotDuplicate: true,
    });
  }
  return { seconds: (performance.now() - started) / 1000, invoke };
}

/** residents.list through the bridge alone (HTTP, dispatcher, SQLite), without the page: what the search waits for. */
async function printBridgeTimes(invoke) {
  for (const [label, input] of [['unfiltered, by name', {}], ['search "trem"', { search: 'trem' }], ['by admission date, descending', { sort: 'admissionDate', direction: 'desc' }]]) {
    const times = [];
    for (let i = 0; i < 30; i += 1) {
      const started = performance.now();
      await invoke('residents.list', input);
      times.push(performance.now() - started);
    }
    printPercentiles(`residents.list through the bridge, ${label}`, times);
  }
}

// ---- In the page ---------------------------------------------------------------------------------

/** Remembers when each answer to residents.list arrived, by its search text. */
function recordListAnswers() {
  const original = window.fetch;
  window.__listAnswers = [];
  window.fetch = async (...args) => {
    const response = await original(...args);
    try {
      const call = JSON.parse(String(args[1]?.body ?? ''));
      if (call.name === 'residents.list') window.__listAnswers.push({ search: call.input.search ?? '', at: performance.now() });
    } catch {
      // not a call
    }
    return response;
  };
  // Resolves with the time from `since` until the page changed after the answer for `search` and painted.
  window.__waitForList = ({ search, since }) =>
    new Promise((resolveTime) => {
      const observer = new MutationObserver(() => {
        if (!window.__listAnswers.some((a) => a.search === search && a.at >= since)) return;
        observer.disconnect();
        // The mutation is React's commit of the new rows; the next frame paints it.
        requestAnimationFrame(() => setTimeout(() => resolveTime(performance.now() - since), 0));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
}

function openRegisterAndWait({ search }) {
  const done = window.__waitForList({ search, since: performance.now() });
  location.hash = '#/residents';
  return done;
}

async function waitForListAnswer({ search }) {
  while (window.__keyAt == null) await new Promise((r) => setTimeout(r, 0));
  return window.__waitForList({ search, since: window.__keyAt });
}
