// The 150 per-resident timetables of one week as one PDF, with Chromium: how long the print view
// takes to open (data through the bridge, then painted) and how long page.pdf takes to lay it out
// and write the PDF (the print CSS, a page per resident). Prints figures; fails on nothing.
// Usage: npm run bench:rosters [-- --residents 150 --runs 3 --app <folder with a built out/>]
//
// A temporary data folder (the audit key in another temporary folder), the built preview on it,
// a week filled through the preview's own bridge: 150 residents, 30 facilitators, 12 places and
// 40 occurrences a day (8 blocks of 5 sessions, 12 residents each: about 3 sessions a resident a day).
/* global document */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ADMIN, bridgeOf, option, startBenchPreview, signedInPage, FIRST_NAMES, LAST_NAMES } from './support/preview-bench.mjs';

const RESIDENTS = Number(option('residents', '150'));
const RUNS = Number(option('runs', '3'));
const APP = resolve(option('app', '.'));
const WEEK = '2027-03-01'; // a Monday
const BLOCKS = ['08:00', '09:30', '11:00', '13:00', '14:30', '16:00', '17:30', '19:00'];
const SESSIONS_PER_BLOCK = 5;
const PER_SESSION = 12;
const FIRST = FIRST_NAMES;
const LAST = LAST_NAMES;

let preview;
let browser;

try {
  preview = await startBenchPreview(APP);
  const { url } = preview;
  const started = performance.now();
  await fillWeek(await bridgeOf(url));
  console.log(`week filled: ${RESIDENTS} residents, ${BLOCKS.length * SESSIONS_PER_BLOCK} occurrences a day, in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  let page;
  ({ browser, page } = await signedInPage(url));

  const opening = [];
  const pdf = [];
  const total = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${url}#/settings`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const file = join(preview.dataDir, `timetables-${run}.pdf`);
    const t0 = performance.now();
    await page.goto(`${url}#/rosters/week?kind=resident&week=${WEEK}`);
    await page.waitForFunction((count) => document.querySelectorAll('section.roster-sheet').length >= count, RESIDENTS, { timeout: 60_000 });
    const t1 = performance.now();
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const t2 = performance.now();
    opening.push(t1 - t0);
    pdf.push(t2 - t1);
    total.push(t2 - t0);
    if (run === 0) console.log(`PDF: ${(statSync(file).size / 1024).toFixed(0)} KiB`);
  }
  print(`open the print view (navigation → ${RESIDENTS} timetables painted)`, opening);
  print(`page.pdf of the ${RESIDENTS} timetables (layout + PDF written)`, pdf);
  print('both (target < 2000 ms)', total);
} finally {
  await browser?.close();
  preview?.stop();
}

function print(label, values) {
  const sorted = [...values].sort((a, b) => a - b);
  console.log(`${label}: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (${values.length} runs)`);
}

async function fillWeek(invoke) {
  await invoke('auth.setUpFirstAdministrator', { ...ADMIN, alsoManager: true });
  const residents = [];
  for (let i = 0; i < RESIDENTS; i += 1) {
    const resident = await invoke('residents.admit', {
      firstName: FIRST[i % FIRST.length], lastName: `${LAST[(i * 7) % LAST.length]}-${i}`, preferredName: null, pronouns: null,
      dateOfBirth: `${1950 + (i % 50)}-01-15`, program: 'residential', language: i % 2 ? 'fr' : 'en', house: `House ${i % 9}`, room: String(100 + (i % 40)),
      emergencyContactName: null, emergencyContactRelationship: null, emergencyContactPhone: null, emergencyContactEmail: null,
      equineWaiverSignedOn: '2026-01-10', photoConsent: true, admissionDate: '2026-10-01', confirmNotDuplicate: true,
    });
    residents.push(resident.id);
  }
  const staff = [];
  for (let i = 0; i < 30; i += 1) staff.push((await invoke('staff.create', { firstName: FIRST[i % FIRST.length], lastName: `Facilitator-${i}`, roles: ['facilitator'], email: '', phone: '' })).id);
  const places = [];
  for (let i = 0; i < 12; i += 1) places.push((await invoke('locations.create', { name: `Room ${i + 1}`, capacity: 20, onSite: true })).id);
  const types = (await invoke('activityTypes.list', {})).filter((type) => !type.requirements?.length);
  for (const [block, startTime] of BLOCKS.entries()) {
    for (let s = 0; s < SESSIONS_PER_BLOCK; s += 1) {
      // Each block takes 60 residents, a different 60 from one block to the next.
      const first = (block * SESSIONS_PER_BLOCK * PER_SESSION + s * PER_SESSION) % RESIDENTS;
      const participantIds = Array.from({ length: PER_SESSION }, (_, k) => residents[(first + k) % RESIDENTS]);
      await invoke('sessions.create', {
        draft: {
          activityTypeId: types[(block + s) % types.length].id, title: null, locationId: places[(block + s) % places.length], resourceIds: [],
          facilitatorIds: [staff[(block * SESSIONS_PER_BLOCK + s) % staff.length]], participantIds, capacity: 15, startDate: WEEK, startTime, durationMinutes: 60,
          recurrence: { interval: 1, weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], ends: { kind: 'afterCount', count: 7 } },
        },
      });
    }
  }
}
