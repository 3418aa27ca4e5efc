import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/app';
import { admitResident } from './support/invoke';
import { bookSession, choose, createFacilitator, createHorse, createLocation, openSchedule, signInWhereYouAre, YOGA_TYPE_ID } from './support/schedule';

// The calendar and the session form, driven by role and label. Each test books its own location
// and facilitator and filters the calendar to them, in a week of early 2027.

test('a weekly yoga series created in the session form shows in the week view', async ({ page }) => {
  await signInAsAdmin(page);
  const location = await createLocation(page, 'Yoga room ');
  const facilitator = await createFacilitator(page);
  await openSchedule(page, { date: '2027-01-11', location: location.id });

  await page.getByRole('button', { name: 'New session' }).click();
  const form = page.getByRole('dialog', { name: 'New session' });
  await choose(form, 'Activity', 'Yoga');
  await choose(form, 'Location', location.name);
  await choose(form, 'Facilitators', facilitator.name);
  await form.getByLabel('Start time').fill('10:00');
  await form.getByRole('radio', { name: 'Weekly' }).check();
  await form.getByRole('checkbox', { name: 'Wed' }).check();
  await form.getByRole('radio', { name: 'After a number of times' }).check();
  await form.getByRole('textbox', { name: 'Number of times' }).fill('4');
  await form.getByRole('button', { name: 'Check for clashes' }).click();
  await expect(form.getByText('4 occurrences: 4 fine, 0 clash, 0 over capacity')).toBeVisible();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  // Monday and Wednesday of the shown week.
  await expect(page.getByRole('region', { name: 'Calendar' }).getByRole('button', { name: 'Yoga' })).toHaveCount(2);
});

test('booking a facilitator into two sessions at once is refused with a message naming the clash', async ({ page }) => {
  await signInAsAdmin(page);
  const busyRoom = await createLocation(page, 'Art studio ');
  const otherRoom = await createLocation(page, 'Music room ');
  const facilitator = await createFacilitator(page, 'Bea');
  await bookSession(page, { activityTypeId: YOGA_TYPE_ID, locationId: busyRoom.id, facilitatorIds: [facilitator.id], startDate: '2027-01-12', startTime: '10:00' });
  await openSchedule(page, { date: '2027-01-12', location: otherRoom.id });

  await page.getByRole('button', { name: 'New session' }).click();
  const form = page.getByRole('dialog', { name: 'New session' });
  await choose(form, 'Activity', 'Yoga');
  await choose(form, 'Location', otherRoom.name);
  await choose(form, 'Facilitators', facilitator.name);
  await form.getByLabel('Start time').fill('10:30');
  await form.getByRole('button', { name: 'Check for clashes' }).click();

  await expect(form.getByText(`${facilitator.name} already facilitates Yoga`)).toBeVisible();
  await expect(form.getByRole('button', { name: 'Save' })).toBeDisabled();
});

test('an equine session for a resident without a signed waiver is refused', async ({ page }) => {
  await signInAsAdmin(page);
  const barn = await createLocation(page, 'Barn ');
  const facilitator = await createFacilitator(page, 'Eli');
  const horse = await createHorse(page);
  const lastName = `Nowaiver${Date.now().toString(36)}`;
  await admitResident(page, 'Rémi', lastName);
  await openSchedule(page, { date: '2027-01-14', location: barn.id });

  await page.getByRole('button', { name: 'New session' }).click();
  const form = page.getByRole('dialog', { name: 'New session' });
  await choose(form, 'Activity', 'Equine-assisted therapy');
  await choose(form, 'Location', barn.name);
  await choose(form, 'Resources', horse.name);
  await choose(form, 'Facilitators', facilitator.name);
  await choose(form, 'Participants', `Rémi ${lastName}`);
  await form.getByRole('button', { name: 'Check for clashes' }).click();

  await expect(form.getByText(`Rémi ${lastName} has no signed equine waiver on record.`)).toBeVisible();
  await expect(form.getByRole('button', { name: 'Save' })).toBeDisabled();
});

test('an occurrence dragged to another hour moves, and Undo puts it back', async ({ page }) => {
  await signInAsAdmin(page);
  const room = await createLocation(page, 'Group room ');
  const facilitator = await createFacilitator(page, 'Dan');
  await bookSession(page, { activityTypeId: YOGA_TYPE_ID, locationId: room.id, facilitatorIds: [facilitator.id], startDate: '2027-01-13', startTime: '09:00' });
  await openSchedule(page, { date: '2027-01-13', location: room.id });
  const calendar = page.getByRole('region', { name: 'Calendar' });

  await calendar.getByRole('button', { name: 'Yoga' }).dragTo(calendar.getByLabel(/^Time slot 2027-01-13 11:00/));
  await expect(page.getByText('Yoga moved.')).toBeVisible();
  await calendar.getByRole('button', { name: 'Yoga' }).click();
  await expect(page.getByRole('dialog', { name: 'Yoga' }).getByText(/11:00 AM/)).toBeVisible();
  await page.getByRole('dialog', { name: 'Yoga' }).getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Undo' }).click();
  await calendar.getByRole('button', { name: 'Yoga' }).click();
  await expect(page.getByRole('dialog', { name: 'Yoga' }).getByText(/9:00 AM/)).toBeVisible();
});

test('an occurrence opened from the calendar links to its attendance, group note and sign-in sheets, and Take attendance opens the sheet', async ({ page }) => {
  await signInAsAdmin(page);
  const room = await createLocation(page, 'Group room ');
  const facilitator = await createFacilitator(page, 'Ivy');
  await bookSession(page, { activityTypeId: YOGA_TYPE_ID, locationId: room.id, facilitatorIds: [facilitator.id], startDate: '2027-01-20', startTime: '09:00' });
  await openSchedule(page, { date: '2027-01-20', location: room.id });
  await page.getByRole('region', { name: 'Calendar' }).getByRole('button', { name: 'Yoga' }).click();
  const links = page.getByRole('dialog', { name: 'Yoga' }).getByRole('group', { name: 'Records for this session' });
  for (const name of ['Group note', 'Print sign-in sheet', 'Enter a returned sign-in sheet']) await expect(links.getByRole('link', { name })).toBeVisible();
  await links.getByRole('link', { name: 'Take attendance for Yoga' }).click();
  await expect(page.getByRole('heading', { name: 'Attendance: Yoga' })).toBeVisible();
});

test('the calendar’s week and filters survive a reload', async ({ page }) => {
  await signInAsAdmin(page);
  const room = await createLocation(page, 'Yoga loft ');
  const facilitator = await createFacilitator(page, 'Gil');
  await bookSession(page, { activityTypeId: YOGA_TYPE_ID, locationId: room.id, facilitatorIds: [facilitator.id], startDate: '2027-02-02', startTime: '14:00' });
  await openSchedule(page, { date: '2027-02-02', location: room.id, groupBy: 'location' });
  const filters = page.getByRole('search', { name: 'Calendar filters' });
  await expect(page.getByRole('region', { name: 'Calendar' }).getByText(room.name)).toBeVisible();

  await page.reload();
  await signInWhereYouAre(page);
  await expect(filters.getByRole('combobox', { name: 'Location' })).toHaveValue(room.name);
  await expect(filters.getByRole('combobox', { name: 'Rows' })).toHaveValue('By location');
  await expect(page.getByRole('region', { name: 'Calendar' }).getByText(room.name)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Calendar' }).getByRole('button', { name: 'Yoga' }).first()).toBeVisible();
});
