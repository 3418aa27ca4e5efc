// The calendar in a real browser on a busy week: how long the week view takes from navigation to
// its 300 occurrences painted. Prints figures; fails on nothing.
// Usage: npm run bench:ui:schedule [-- --occurrences 300 --runs 7 --app <folder with a built out/>]
//
// Like register-ui.mjs: a temporary data folder, the built preview on it, the week filled through
// the preview's own bridge (the real dispatcher, the conflict check and one transaction per
// session), then Debian's Chromium driven by Playwright.
// Parts of this file run inside the page (page.evaluate): they use its globals.
/* global document, location, requestAnimationFrame, MutationObserver */
import { resolve } from 'node:path';
import { ADMIN, bridgeOf, option, printPercentiles, startBenchPreview, signedInPage } from '../support/preview-bench.mjs';

const OCCURRENCES = Number(option('occurrences', '300'));
const RUNS = Number(option('runs', '7'));
const APP = resolve(option('app', '.'));
/** A Sunday: the English week starts on it. */
const WEEK = '2027-01-10';
const PLACES = 12;
const HOURS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
const TYPES = ['01900000-0000-7000-8000-000000000001', '01900000-0000-7000-8000-000000000002', '01900000-0000-7000-8000-000000000003'];

let preview;
let browser;

try {
  preview = await startBenchPreview(APP);
  const { url } = preview;
  const { seconds, invoke } = await fillWeek(url);
  console.log(`week filled: ${OCCURRENCES} occurrences in ${seconds.toFixed(1)} s (app: ${APP})`);
  const bridge = [];
  for (let i = 0; i < 20; i += 1) {
    const started = performance.now();
    await invoke('schedule.range', { from: WEEK, to: addDays(WEEK, 6) });
    bridge.push(performance.now() - started);
  }
  printPercentiles('schedule.range of the week through the bridge (HTTP, dispatcher, SQLite)', bridge);

  let page;
  ({ browser, page } = await signedInPage(url));

  const opening = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.evaluate(() => (location.hash = '#/settings'));
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.waitForTimeout(300);
    opening.push(await page.evaluate(openWeekAndWait, { week: WEEK, count: OCCURRENCES }));
  }
  printPercentiles(`open the week view with ${OCCURRENCES} occurrences (navigation → events painted)`, opening);
  if (process.env.PROFILE) await printProfile(page);
} finally {
  await browser?.close();
  preview?.stop();
}

/**
 * Through the preview's bridge: the administrator, 12 places and 12 facilitators, then single
 * sessions spread over the week's days and hours, each in its own place with its own facilitator
 * (so the conflict check lets every one through).
 */
async function fillWeek(url) {
  const invoke = await bridgeOf(url);
  await invoke('auth.setUpFirstAdministrator', { ...ADMIN, alsoManager: true });
  const started = performance.now();
  const places = [];
  const staff = [];
  for (let i = 0; i < PLACES; i += 1) {
    places.push((await invoke('locations.create', { name: `Room ${i + 1}`, capacity: 20, onSite: true })).id);
    staff.push((await invoke('staff.create', { firstName: `Facilitator`, lastName: `No ${i + 1}`, roles: ['facilitator'], email: '', phone: '' })).id);
  }
  const perSlot = Math.ceil(OCCURRENCES / (7 * HOURS.length));
  let made = 0;
  for (let slot = 0; slot < perSlot && made < OCCURRENCES; slot += 1) {
    for (let day = 0; day < 7 && made < OCCURRENCES; day += 1) {
      for (const hour of HOURS) {
        if (made >= OCCURRENCES) break;
        const date = addDays(WEEK, day);
        await invoke('sessions.create', {
          draft: {
            activityTypeId: TYPES[made % TYPES.length], title: null, locationId: places[slot], resourceIds: [], facilitatorIds: [staff[slot]], participantIds: [],
            capacity: 10, startDate: date, startTime: `${String(hour).padStart(2, '0')}:00`, durationMinutes: 50, recurrence: null,
          },
          capacityOverrideReason: null,
        });
        made += 1;
      }
    }
  }
  return { seconds: (performance.now() - started) / 1000, invoke };
}

function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Where one more opening spends its time: the functions with the most self time (PROFILE=1). */
async function printProfile(page) {
  await page.evaluate(() => (location.hash = '#/settings'));
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.evaluate(openWeekAndWait, { week: WEEK, count: OCCURRENCES });
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

// ---- In the page ---------------------------------------------------------------------------------

/** Navigates to the week and resolves with the time until all its events are in the page and painted. */
function openWeekAndWait({ week, count }) {
  const since = performance.now();
  return new Promise((resolveTime) => {
    const painted = () => document.querySelectorAll('[data-event-id]').length >= count;
    const observer = new MutationObserver(() => {
      if (!painted()) return;
      observer.disconnect();
      // The mutation is React's commit of the events; the next frame paints them.
      requestAnimationFrame(() => setTimeout(() => resolveTime(performance.now() - since), 0));
    });
    observer.observe(document.body, { subtree: true, childList: true });
    location.hash = `#/schedule?date=${week}`;
  });
}
