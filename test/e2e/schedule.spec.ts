import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/app';
import { choose, createFacilitator, createLocation, openSchedule } from './support/schedule';

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
