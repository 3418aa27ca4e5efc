import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signInAsAdmin, uniqueName } from './support/app';
import { COLOR_SCHEMES, expectNoViolations, openInColorScheme } from './support/accessibility';
import { admitResident, invokeInPage } from './support/invoke';
import { printToPages } from './support/print-pdf';

// The per-group print and the centre's name on paper (made into a PDF with page.pdf and read back
// with pdftotext, as in rosters.spec.ts), and a returned sign-in sheet entered on its screen.
// Week of Mon 22 – Sun 28 Feb 2027, far from the other specs' days.

const WEEK = '2027-02-22';
let folder: string;
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'hearth-rosters-groups-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function pdfPages(page: Page, address: string, ready: string): Promise<string[]> {
  return (await printToPages(page, folder, address, ready)).map((text) => text.replace(/\s+/g, ' '));
}

async function typeId(page: Page, name: string): Promise<string> {
  return (await invokeInPage<Array<{ id: string; name: string }>>(page, 'activityTypes.list', {})).find((type) => type.name === name)?.id ?? '';
}

/** Two groups meeting in the week: Relapse prevention (Anne, Marc) on Tuesday and Thursday, Art circle (Bella) on Friday. */
async function createGroups(page: Page) {
  const tag = uniqueName('');
  const anne = await admitResident(page, 'Anne', `Zeller${tag}`);
  const marc = await admitResident(page, 'Marc', `Roy${tag}`);
  const bella = await admitResident(page, 'Bella', `Adams${tag}`);
  const fay = await invokeInPage<{ id: string }>(page, 'staff.create', { firstName: 'Fay', lastName: `Fontaine${tag}`, roles: ['facilitator'], email: '', phone: '' });
  const room = await invokeInPage<{ id: string }>(page, 'locations.create', { name: `Circle room ${tag}`, capacity: 15, onSite: true });
  const yoga = await typeId(page, 'Yoga');
  const group = async (name: string, members: string[], startDate: string, weekdays: string[]) => {
    const created = await invokeInPage<{ id: string }>(page, 'groups.create', { name, kind: 'discussion', focus: '', capacity: 8, openEnrolment: true, facilitators: [{ staffId: fay.id, role: 'facilitator' }] });
    for (const residentId of members) await invokeInPage(page, 'groups.enrol', { groupId: created.id, residentId, joinedOn: '2027-02-01' });
    await invokeInPage(page, 'sessions.create', {
      draft: { activityTypeId: yoga, title: name, locationId: room.id, resourceIds: [], facilitatorIds: [fay.id], participantIds: [], groupId: created.id, capacity: 8, startDate, startTime: '14:00', durationMinutes: 60, recurrence: { interval: 1, weekdays, ends: { kind: 'afterCount', count: weekdays.length } } },
    });
    return name;
  };
  return {
    tag,
    relapse: await group(`Relapse prevention ${tag}`, [anne, marc], '2027-02-23', ['TU', 'TH']),
    art: await group(`Art circle ${tag}`, [bella], '2027-02-26', ['FR']),
  };
}

test('a week with no group meeting prints one sheet that says so, not a blank page', async ({ page }) => {
  await signInAsAdmin(page);
  // A week years away: no test books anything there.
  const pages = await pdfPages(page, '/#/rosters/week?kind=group&week=2031-06-02', 'Roster by peer group');
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain('Nothing of this kind is scheduled this week.');
});

test('the per-group print makes a PDF with a page per group: its meetings and its members, under the centre’s header', async ({ page }) => {
  await signInAsAdmin(page);
  const groups = await createGroups(page);
  const pages = await pdfPages(page, `/#/rosters/week?kind=group&week=${WEEK}`, `Roster by peer group: ${groups.art}`);
  const pageOf = (name: string) => pages.findIndex((text) => text.includes(`Roster by peer group: ${name}`));
  const [art, relapse] = [pageOf(groups.art), pageOf(groups.relapse)];
  expect(art).toBeGreaterThanOrEqual(0);
  expect(relapse).toBeGreaterThan(art);
  // Table cells wrap on paper, so pdftotext interleaves their lines: each piece is looked for on its own.
  for (const piece of ['Meetings', 'Members', 'Friday, Feb', '2:00 PM', 'Bella', `Adams${groups.tag}`, 'Since Feb 1, 2027']) expect(pages[art]).toContain(piece);
  for (const piece of ['Tuesday, Feb', 'Thursday, Feb', 'Anne', `Zeller${groups.tag}`, 'Marc', `Roy${groups.tag}`]) expect(pages.slice(relapse).join(' ')).toContain(piece);
  expect(pages[art]).not.toContain(`Zeller${groups.tag}`);
  expect(pages[art]).toMatch(/Printed by Ada Lovelace on .* · Audit trail row \d+, fingerprint [0-9A-F-]{19}/);
});

test('a renamed centre heads every print', async ({ page }) => {
  await signInAsAdmin(page);
  const { version, ...settings } = await invokeInPage<{ version: number; centreName: string }>(page, 'settings.get', {});
  const name = `Maison ${uniqueName('')}`;
  await invokeInPage(page, 'settings.update', { ...settings, centreName: name, expectedVersion: version });
  try {
    const pages = await pdfPages(page, `/#/rosters/week?kind=centreWeek&week=${WEEK}`, 'The week at a glance');
    expect(pages[0]).toContain(`${name} · Week of Feb 22, 2027 to Feb 28, 2027`);
  } finally {
    const current = await invokeInPage<{ version: number }>(page, 'settings.get', {});
    await invokeInPage(page, 'settings.update', { ...settings, expectedVersion: current.version });
  }
});

/** A yoga session two days ago (its sheet can be entered) for Anne and Bella; its occurrence id. */
async function pastSession(page: Page): Promise<string> {
  const tag = uniqueName('');
  const anne = await admitResident(page, 'Anne', `Zeller${tag}`);
  const bella = await admitResident(page, 'Bella', `Adams${tag}`);
  const fay = await invokeInPage<{ id: string }>(page, 'staff.create', { firstName: 'Fay', lastName: `Fontaine${tag}`, roles: ['facilitator'], email: '', phone: '' });
  const room = await invokeInPage<{ id: string }>(page, 'locations.create', { name: `Sheet room ${tag}`, capacity: 15, onSite: true });
  const day = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const session = await invokeInPage<{ id: string }>(page, 'sessions.create', {
    draft: { activityTypeId: await typeId(page, 'Yoga'), title: `Sheet yoga ${tag}`, locationId: room.id, resourceIds: [], facilitatorIds: [fay.id], participantIds: [anne, bella], capacity: 6, startDate: day, startTime: '12:00', durationMinutes: 60, recurrence: null },
  });
  const range = await invokeInPage<{ occurrences: Array<{ id: string; sessionId: string }> }>(page, 'schedule.range', { from: day, to: day });
  return range.occurrences.find((o) => o.sessionId === session.id)?.id ?? '';
}

test('a sign-in sheet entered from its screen shows who entered it, there and beside the printed sheet', async ({ page }) => {
  await signInAsAdmin(page);
  const occurrenceId = await pastSession(page);
  await page.goto(`/#/rosters/sheet/${occurrenceId}/enter`);
  await expect(page.getByText('This sheet has not been entered yet.')).toBeVisible();
  await page.getByRole('row', { name: /Adams/ }).getByRole('radio', { name: 'Present' }).check();
  await page.getByRole('row', { name: /Zeller/ }).getByRole('radio', { name: 'Absent' }).check();
  await page.getByRole('button', { name: 'Save the attendance' }).click();
  await expect(page.getByText('The attendance from the sheet was saved.')).toBeVisible();
  await expect(page.getByText(/^Entered by Ada Lovelace on /)).toBeVisible();
  const marks = await invokeInPage<{ rows: Array<{ mark: { status: string } | null }> }>(page, 'attendance.sheet', { occurrenceId });
  expect(marks.rows.map((row) => row.mark?.status)).toEqual(['present', 'absent']);
  await page.goto(`/#/rosters/sheet/${occurrenceId}`);
  await expect(page.getByText(/^Entered by Ada Lovelace on /)).toBeVisible();
});

for (const scheme of COLOR_SCHEMES) {
  test(`the "Enter a sign-in sheet" screen has no accessibility violations (${scheme})`, async ({ page }) => {
    await openInColorScheme(page, scheme);
    await signInAsAdmin(page);
    await page.goto(`/#/rosters/sheet/${await pastSession(page)}/enter`);
    await expect(page.getByText('This sheet has not been entered yet.')).toBeVisible();
    await expectNoViolations(page, `enter a sign-in sheet (${scheme})`);
  });
}
