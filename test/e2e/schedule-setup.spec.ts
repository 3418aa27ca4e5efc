import { expect, test, type Page } from '@playwright/test';
import { ADMIN, mainNavigation, signInAsAdmin, uniqueName } from './support/app';
import { invokeInPage } from './support/invoke';

// The set-up of what the schedule books, driven through the screen as a manager would. Sessions
// the previews must find are booked through the bridge first (the calendar has its own specs).

async function openTab(page: Page, tab: string) {
  await mainNavigation(page).getByRole('link', { name: 'Schedule set-up' }).click();
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
}

/** A facilitator and a single session on 10 March 2027 at 10:00, booking `resourceIds`. */
async function bookSession(page: Page, title: string, resourceIds: string[]): Promise<{ facilitatorId: string; facilitatorName: string }> {
  const facilitatorName = uniqueName('Fran');
  const facilitator = await invokeInPage<{ id: string }>(page, 'staff.create', { firstName: 'Fay', lastName: facilitatorName, roles: ['facilitator'], email: '', phone: '' });
  const location = await invokeInPage<{ id: string }>(page, 'locations.create', { name: uniqueName('Arena'), capacity: 10, onSite: true });
  const types = await invokeInPage<Array<{ id: string; name: string }>>(page, 'activityTypes.list', {});
  const yoga = types.find((type) => type.name === 'Yoga');
  if (!yoga) throw new Error('The seeded Yoga type is missing.');
  await invokeInPage(page, 'sessions.create', {
    draft: {
      activityTypeId: yoga.id,
      title,
      locationId: location.id,
      resourceIds,
      facilitatorIds: [facilitator.id],
      participantIds: [],
      capacity: 6,
      startDate: '2027-03-10',
      startTime: '10:00',
      durationMinutes: 60,
      recurrence: null,
    },
  });
  return { facilitatorId: facilitator.id, facilitatorName: `Fay ${facilitatorName}` };
}

test('adding an activity type: a colour too light for white text shows the message; a dark one is saved and listed', async ({ page }) => {
  await signInAsAdmin(page);
  await openTab(page, 'Activity types');
  const name = uniqueName('Mindfulness');
  await page.getByRole('button', { name: 'Add activity type' }).click();
  const dialog = page.getByRole('dialog', { name: 'New activity type' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('textbox', { name: 'Colour' }).fill('#ffd43b');
  await dialog.getByRole('button', { name: 'Add activity type' }).click();
  await expect(dialog.getByText('Too light for white text: choose a darker colour.')).toBeVisible();
  await expect(dialog).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Colour' }).fill('#5f3dc4');
  await expect(dialog.getByText('Contrast with white: 7.1:1')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add activity type' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table').getByRole('row', { name: new RegExp(name) })).toContainText('#5f3dc4');
});

test('adding a location and a horse, marking the horse lame: the preview lists its session, then the period is listed', async ({ page }) => {
  await signInAsAdmin(page);
  await openTab(page, 'Locations');
  const place = uniqueName('Paddock');
  await page.getByRole('button', { name: 'Add location' }).click();
  const locationDialog = page.getByRole('dialog', { name: 'New location' });
  await locationDialog.getByLabel('Name').fill(place);
  await locationDialog.getByLabel('Capacity').fill('6');
  await locationDialog.getByRole('button', { name: 'Add location' }).click();
  await expect(locationDialog).toBeHidden();
  await expect(page.getByRole('table').getByRole('row', { name: new RegExp(place) })).toBeVisible();

  await page.getByRole('tab', { name: 'Horses & equipment' }).click();
  const horse = uniqueName('Biscuit');
  await page.getByRole('button', { name: 'Add horse or equipment' }).click();
  const horseDialog = page.getByRole('dialog', { name: 'New horse or equipment' });
  await horseDialog.getByLabel('Name').fill(horse);
  await horseDialog.getByLabel('Sessions a day at most').fill('2');
  await horseDialog.getByRole('checkbox', { name: 'Sunday' }).check();
  await horseDialog.getByRole('button', { name: 'Add horse or equipment' }).click();
  await expect(horseDialog).toBeHidden();
  const row = page.getByRole('table').getByRole('row', { name: new RegExp(horse) });
  await expect(row).toContainText('Sunday');

  const resources = await invokeInPage<Array<{ id: string; name: string }>>(page, 'resources.list', {});
  const horseId = resources.find((resource) => resource.name === horse)?.id ?? '';
  const title = uniqueName('Grooming');
  await bookSession(page, title, [horseId]);

  await page.getByRole('button', { name: `Periods out of service for ${horse}` }).click();
  const periods = page.getByRole('dialog', { name: `${horse}: periods out of service` });
  await expect(periods.getByText('No periods out of service.')).toBeVisible();
  await periods.getByRole('textbox', { name: 'From' }).fill('2027-03-08');
  await periods.getByRole('textbox', { name: 'To (included)' }).fill('2027-03-12');
  await periods.getByLabel('Reason').fill('Lame');
  await expect(periods.getByText('1 session would clash.')).toBeVisible();
  await expect(periods.getByRole('list', { name: 'Occurrences that clash' })).toContainText(title);
  await expect(periods.getByRole('list', { name: 'Occurrences that clash' })).toContainText(`${horse} would be out of service that day`);
  await periods.getByRole('button', { name: 'Take out of service' }).click();
  await expect(periods.getByRole('table', { name: '1 period out of service' })).toContainText('Lame');
  await page.keyboard.press('Escape');
  await expect(row).toContainText('Mar 8, 2027 – Mar 12, 2027: Lame');
});

test('adding a staff absence shows the sessions the person facilitates then, and lists the absence', async ({ page }) => {
  await signInAsAdmin(page);
  await mainNavigation(page).getByRole('link', { name: 'Schedule set-up' }).click();
  const title = uniqueName('Stretching');
  const { facilitatorName } = await bookSession(page, title, []);
  await page.getByRole('tab', { name: 'Staff absences' }).click();
  await page.getByRole('button', { name: 'Add absence' }).click();
  const dialog = page.getByRole('dialog', { name: 'New staff absence' });
  await dialog.getByRole('combobox', { name: 'Staff member' }).fill(facilitatorName);
  await page.getByRole('option', { name: facilitatorName }).click();
  await dialog.getByLabel('Kind').selectOption({ label: 'Holiday' });
  await dialog.getByRole('textbox', { name: 'From' }).fill('2027-03-09');
  await dialog.getByRole('textbox', { name: 'To (included)' }).fill('2027-03-11');
  await dialog.getByLabel('Note').fill('Family visit');
  await expect(dialog.getByText('1 session would clash.')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Occurrences that clash' })).toContainText(title);
  await dialog.getByRole('button', { name: 'Save absence' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('table').getByRole('row', { name: new RegExp(facilitatorName) });
  await expect(row).toContainText('Holiday');
  await expect(row).toContainText('Mar 9, 2027');
  await expect(row).toContainText('Family visit');
});

test('the open tab is kept in the address, and tabs move with the arrow keys', async ({ page }) => {
  await signInAsAdmin(page);
  await openTab(page, 'Locations');
  await expect(page).toHaveURL(/tab=locations/);
  await page.getByRole('tab', { name: 'Locations' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Horses & equipment' })).toHaveAttribute('aria-selected', 'true');
  // A reload in the preview is a new page, signed out: once signed in again, the same tab returns.
  await page.reload();
  await page.getByLabel('User name').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('tab', { name: 'Horses & equipment' })).toHaveAttribute('aria-selected', 'true');
});
