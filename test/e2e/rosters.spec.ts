import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { mainNavigation, signInAsAdmin, uniqueName } from './support/app';
import { COLOR_SCHEMES, expectNoViolations, openInColorScheme } from './support/accessibility';
import { invokeInPage } from './support/invoke';
import { printToPages as printPdfPages } from './support/print-pdf';

// The printed rosters, as Chromium prints them: each print view is opened in the preview, made
// into a PDF with page.pdf (the print CSS and its @page rules apply), and read back with poppler's
// pdftotext, page by page. Week of Mon 15 – Sun 21 Feb 2027, far from the other specs' days.

const WEEK = '2027-02-15';
let folder: string;
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hearth-rosters-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Week {
  anne: { id: string; name: string };
  marc: { id: string; name: string };
  bella: { id: string; name: string };
  fay: { id: string; name: string };
  wednesday: string;
}

async function createWeek(page: Page): Promise<Week> {
  const tag = uniqueName('');
  const admit = async (firstName: string, lastName: string, language: 'en' | 'fr') => {
    const resident = await invokeInPage<{ id: string }>(page, 'residents.admit', {
      firstName, lastName, dateOfBirth: '1990-05-17', admissionDate: '2026-11-02', program: 'residential', language, photoConsent: false,
      preferredName: '', pronouns: '', house: '', room: '', emergencyContactName: '', emergencyContactRelationship: '', emergencyContactPhone: '', emergencyContactEmail: '', equineWaiverSignedOn: '',
    });
    return { id: resident.id, name: `${firstName} ${lastName}` };
  };
  const anne = await admit('Anne', `Zeller${tag}`, 'en');
  const marc = await admit('Marc', `Roy${tag}`, 'fr');
  const bella = await admit('Bella', `Adams${tag}`, 'en');
  const staff = await invokeInPage<{ id: string }>(page, 'staff.create', { firstName: 'Fay', lastName: `Fontaine${tag}`, roles: ['facilitator'], email: '', phone: '' });
  const room = await invokeInPage<{ id: string }>(page, 'locations.create', { name: `Studio ${tag}`, capacity: 15, onSite: true });
  const types = await invokeInPage<Array<{ id: string; name: string }>>(page, 'activityTypes.list', {});
  const yoga = types.find((type) => type.name === 'Yoga')?.id;
  const session = await invokeInPage<{ id: string }>(page, 'sessions.create', {
    draft: { activityTypeId: yoga, title: `Yoga ${tag}`, locationId: room.id, resourceIds: [], facilitatorIds: [staff.id], participantIds: [anne.id, marc.id, bella.id], capacity: 10, startDate: WEEK, startTime: '10:00', durationMinutes: 60, recurrence: { interval: 1, weekdays: ['MO', 'WE'], ends: { kind: 'afterCount', count: 2 } } },
  });
  const range = await invokeInPage<{ occurrences: Array<{ id: string; sessionId: string; localDate: string }> }>(page, 'schedule.range', { from: WEEK, to: '2027-02-21' });
  const wednesday = range.occurrences.find((o) => o.sessionId === session.id && o.localDate === '2027-02-17')?.id ?? '';
  return { anne, marc, bella, fay: { id: staff.id, name: `Fay Fontaine${tag}` }, wednesday };
}

const printToPages = (page: Page, address: string, ready: string) => printPdfPages(page, folder, address, ready);

const squeeze = (text: string) => text.replace(/\s+/g, ' ');

test('each print view makes a PDF with its names, times, header and a footer carrying the audit fingerprint; every resident starts a page, a French resident in French', async ({ page }) => {
  await signInAsAdmin(page);
  const week = await createWeek(page);

  // Per resident, everyone in residence: a timetable starts on each page that has a heading, one heading a page at most.
  const timetables = await printToPages(page, `/#/rosters/week?kind=resident&week=${WEEK}`, `Weekly timetable: ${week.bella.name}`);
  const headingsPerPage = timetables.map((text) => squeeze(text).match(/(Weekly timetable|Emploi du temps de la semaine): /g)?.length ?? 0);
  expect(Math.max(...headingsPerPage)).toBe(1);
  const pageOf = (name: string) => timetables.findIndex((text) => squeeze(text).includes(`: ${name}`));
  const pages = [pageOf(week.bella.name), pageOf(week.marc.name), pageOf(week.anne.name)];
  expect(pages.every((index) => index >= 0)).toBe(true);
  expect(new Set(pages).size).toBe(3);

  const bella = squeeze(timetables[pages[0]]);
  expect(bella).toContain(`Weekly timetable: ${week.bella.name}`);
  expect(bella).toContain('Hearth · Week of Feb 15, 2027 to Feb 21, 2027');
  expect(bella).toContain('Wednesday, Feb 17, 2027');
  expect(bella).toContain('10:00 AM – 11:00 AM');
  expect(bella).toContain(week.fay.name);
  expect(bella).toMatch(/Printed by Ada Lovelace on .* · Audit trail row \d+, fingerprint [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
  expect(bella).toMatch(/Page \d+ of \d+/);

  const marc = squeeze(timetables[pages[1]]);
  expect(marc).toContain(`Emploi du temps de la semaine: ${week.marc.name}`);
  expect(marc).toContain('Semaine du 15 févr. 2027 au 21 févr. 2027');
  expect(marc).toContain('mercredi 17 févr. 2027');
  expect(marc).toContain('10:00 – 11:00');
  expect(marc).toMatch(/Imprimé par Ada Lovelace le .* · Journal d’audit, ligne \d+, empreinte [0-9A-F-]{19}/);
  expect(marc).toMatch(/Page \d+ sur \d+/);

  // The fingerprint on paper is the trail's own: checking it as a noted fingerprint matches.
  const [, seq, fingerprint] = /Audit trail row (\d+), fingerprint ([0-9A-F-]{19})/.exec(bella) ?? [];
  const check = await invokeInPage<{ noted: string }>(page, 'audit.verify', { noted: { seq: Number(seq), fingerprint } });
  expect(check.noted).toBe('matches');

  // Per activity, per facilitator, the centre's week: names and times.
  const activity = squeeze((await printToPages(page, `/#/rosters/week?kind=activity&week=${WEEK}`, 'Roster by activity: Yoga')).join(' '));
  // Table cells wrap on paper, so pdftotext interleaves their lines: each piece is looked for on its own.
  for (const piece of ['Bella', 'Adams', 'Marc', 'Roy', 'Anne', 'Zeller', 'Fontaine', '10:00 AM –', '11:00 AM']) expect(activity).toContain(piece);
  expect(activity).toContain('Monday, Feb 15,');

  const facilitator = squeeze((await printToPages(page, `/#/rosters/week?kind=facilitator&week=${WEEK}&subject=${week.fay.id}`, `Facilitator's week: ${week.fay.name}`)).join(' '));
  for (const piece of ['Wednesday, Feb', '17,', '10:00 AM –', '11:00 AM', 'Bella', 'Marc', 'Anne']) expect(facilitator).toContain(piece);

  const centre = squeeze((await printToPages(page, `/#/rosters/week?kind=centreWeek&week=${WEEK}`, 'The week at a glance')).join(' '));
  expect(centre).toContain('The week at a glance');
  expect(centre).toContain(`Fontaine${week.fay.name.split('Fontaine')[1]}`);
  expect(centre).toContain('3 residents');

  // The sign-in sheet: the roster by last name, then numbered rows for walk-ins.
  const sheet = squeeze((await printToPages(page, `/#/rosters/sheet/${week.wednesday}`, 'Sign-in sheet')).join(' '));
  const order = [week.bella, week.marc, week.anne].map((person) => sheet.indexOf(person.name.split(' ').reverse().join(', ')));
  expect(order.every((index) => index > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(sheet).toContain('Arrival time');
  expect(sheet).toContain('Walk-ins');
  // Capacity 10, 3 enrolled: walk-in rows 4 to 10.
  await expect(page.locator('.roster-sign-row')).toHaveCount(10);
});

test('printing from the preview records what, which week and how many pages in the audit trail', async ({ page }) => {
  await signInAsAdmin(page);
  const week = await createWeek(page);
  await page.goto(`/#/rosters/week?kind=resident&week=${WEEK}&subject=${week.marc.id}`);
  await expect(page.getByRole('heading', { name: `Emploi du temps de la semaine: ${week.marc.name}` })).toBeVisible();
  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.getByText('The print was recorded in the audit trail.')).toBeVisible();
  const trail = await invokeInPage<{ rows: Array<{ action: string; entityId: string | null; details: Record<string, unknown> }> }>(page, 'audit.list', { action: 'record.print', limit: 50 });
  expect(trail.rows.find((row) => row.entityId === week.marc.id)?.details).toEqual({ print: 'resident', week: WEEK, day: null, pages: 1, output: 'printer' });
});

test('the "Print rosters" page opens the chosen print', async ({ page }) => {
  await signInAsAdmin(page);
  await mainNavigation(page).getByRole('link', { name: 'Print rosters' }).click();
  await expect(page.getByRole('heading', { name: 'Print rosters' })).toBeVisible();
  await page.getByRole('combobox', { name: 'What to print' }).click();
  await page.getByRole('option', { name: "The centre's week at a glance" }).click();
  await page.getByLabel('Week', { exact: true }).fill('2027-02-17');
  await page.getByLabel('Week', { exact: true }).press('Tab');
  await page.getByRole('button', { name: 'Open the print view' }).click();
  await expect(page.getByRole('heading', { name: 'The week at a glance' })).toBeVisible();
  await expect(page.getByText('Week of Feb 15, 2027 to Feb 21, 2027', { exact: false })).toBeVisible();
});

for (const scheme of COLOR_SCHEMES) {
  test(`the "Print rosters" page has no accessibility violations (${scheme})`, async ({ page }) => {
    await openInColorScheme(page, scheme);
    await signInAsAdmin(page);
    await page.goto('/#/rosters');
    await expect(page.getByRole('heading', { name: 'Print rosters' })).toBeVisible();
    await expectNoViolations(page, `print rosters (${scheme})`);
  });
}
