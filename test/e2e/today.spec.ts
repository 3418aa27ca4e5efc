import { expect, test, type Page } from '@playwright/test';
import { mainNavigation, signInAgain, signInAsAdmin, uniqueName } from './support/app';
import { admitResident, invokeInPage } from './support/invoke';

// The Today board, "My week" and a resident's week, against the main preview (demo data loaded by
// the first-run set-up, clock: the real one). Sessions are set up through the bridge at times
// relative to now, on the centre's wall clock.

interface Booking {
  title: string;
  locationId: string;
  facilitatorId: string;
  participantIds: string[];
  startTime: string;
  durationMinutes: number;
}

/** The centre's date and time now, and the activity types, as the page's core sees them. */
async function centreNow(page: Page): Promise<{ date: string; time: string; artTypeId: string; staffId: string }> {
  const session = await invokeInPage<{ timeZone: string; staffId: string }>(page, 'auth.session', {});
  const types = await invokeInPage<Array<{ id: string; name: string }>>(page, 'activityTypes.list', { includeInactive: false });
  const [date, time] = await page.evaluate((zone) => {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date());
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return [`${part('year')}-${part('month')}-${part('day')}`, `${part('hour')}:${part('minute')}`];
  }, session.timeZone);
  return { date, time, artTypeId: types.find((type) => type.name === 'Art therapy')!.id, staffId: session.staffId };
}

async function book(page: Page, date: string, artTypeId: string, booking: Booking): Promise<void> {
  await invokeInPage(page, 'sessions.create', {
    draft: {
      activityTypeId: artTypeId,
      title: booking.title,
      locationId: booking.locationId,
      resourceIds: [],
      facilitatorIds: [booking.facilitatorId],
      participantIds: booking.participantIds,
      capacity: 10,
      startDate: date,
      startTime: booking.startTime,
      durationMinutes: booking.durationMinutes,
      recurrence: null,
    },
  });
}

/** A place and a facilitator of the test's own, so nothing it books clashes with another test. */
async function placeAndFacilitator(page: Page, prefix: string) {
  const place = await invokeInPage<{ id: string; name: string }>(page, 'locations.create', { name: uniqueName(`${prefix} room `), capacity: 10, onSite: true });
  const facilitator = await invokeInPage<{ id: string }>(page, 'staff.create', { firstName: 'Fran', lastName: uniqueName(prefix), roles: ['facilitator'], email: '', phone: '' });
  return { place, facilitatorId: facilitator.id };
}

/** From now (rounded down to 5 minutes) for an hour, or from 00:00 just after midnight. */
function runningNow(time: string): { startTime: string; durationMinutes: number } {
  const [hours, minutes] = time.split(':').map(Number);
  const start = Math.max(0, hours * 60 + minutes - 5);
  const rounded = start - (start % 5);
  return { startTime: `${String(Math.floor(rounded / 60)).padStart(2, '0')}:${String(rounded % 60).padStart(2, '0')}`, durationMinutes: Math.min(60, 24 * 60 - rounded - 1) };
}

test('the Today board is the home page and shows where a resident is right now', async ({ page }) => {
  await signInAsAdmin(page);
  await expect(page).toHaveURL(/#\/today$/);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

  const now = await centreNow(page);
  const { place, facilitatorId } = await placeAndFacilitator(page, 'Now');
  const lastName = uniqueName('Present');
  const residentId = await admitResident(page, 'Rita', lastName);
  const title = uniqueName('Clay now ');
  await book(page, now.date, now.artTypeId, { title, locationId: place.id, facilitatorId, participantIds: [residentId], ...runningNow(now.time) });

  // Back on the board, it asks the core again.
  await mainNavigation(page).getByRole('link', { name: 'My week' }).click();
  await mainNavigation(page).getByRole('link', { name: 'Today' }).click();
  const nowTable = page.getByRole('table', { name: 'Sessions on now' });
  await expect(nowTable.getByRole('row', { name: new RegExp(title) })).toContainText(place.name);
  await expect(nowTable.getByRole('link', { name: new RegExp(`^${title}, .*: open in the calendar$`) })).toHaveAttribute('href', `#/schedule?view=day&date=${now.date}`);
  const residents = page.getByRole('table', { name: /^Residents and where they are expected/ });
  await expect(residents.getByRole('row', { name: new RegExp(`Rita ${lastName}`) })).toContainText(`${title}, ${place.name}`);

  // The resident's page lists the session in this week.
  await residents.getByRole('link', { name: `Rita ${lastName}` }).click();
  const week = page.getByRole('region', { name: /^Week of / });
  await expect(week.getByRole('link', { name: title })).toBeVisible();
  await week.getByRole('button', { name: 'Next week' }).click();
  await expect(week.getByText('No session this week.')).toBeVisible();
  await week.getByRole('button', { name: 'This week' }).click();
  await expect(week.getByRole('link', { name: title })).toBeVisible();
});

test('the house filter is kept in the address and survives a reload', async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByLabel('House').selectOption('Maple House');
  await expect(page).toHaveURL(/#\/today\?house=Maple(%20|\+)House$/);
  const residents = page.getByRole('table', { name: /^Residents and where they are expected/ });
  await expect(residents.getByRole('row').nth(1)).toContainText('Maple House');
  // A reload in the preview is a new page, signed out: once signed in again, the same filter returns.
  await page.reload();
  await signInAgain(page);
  await expect(page).toHaveURL(/#\/today\?house=Maple(%20|\+)House$/);
  await expect(page.getByLabel('House')).toHaveValue('Maple House');
  await expect(residents.getByRole('row').nth(1)).toContainText('Maple House');
  const houses = await residents.getByRole('cell').filter({ hasText: /House/ }).allTextContents();
  expect(houses.length).toBeGreaterThan(0);
  expect(houses.every((text) => text.startsWith('Maple House'))).toBe(true);
});

test('My week lists the sessions the signed-in person facilitates', async ({ page }) => {
  await signInAsAdmin(page);
  const now = await centreNow(page);
  const place = await invokeInPage<{ id: string; name: string }>(page, 'locations.create', { name: uniqueName('Studio '), capacity: 10, onSite: true });
  const title = uniqueName('Ada leads ');
  // Late in the evening, today: in this week whatever the hour of the run.
  await book(page, now.date, now.artTypeId, { title, locationId: place.id, facilitatorId: now.staffId, participantIds: [], startTime: '23:10', durationMinutes: 30 });

  await mainNavigation(page).getByRole('link', { name: 'My week' }).click();
  await expect(page.getByRole('heading', { name: 'My week', level: 1 })).toBeVisible();
  const week = page.getByRole('region', { name: /^Week of / });
  await expect(week.getByRole('listitem').filter({ hasText: title })).toContainText(place.name);
  await expect(week.getByRole('listitem').filter({ hasText: title })).toContainText(/11:10\s?PM/);
});
