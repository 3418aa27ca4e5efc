import { expect, test } from '@playwright/test';
import { mainNavigation, signInAsAdmin, uniqueName } from './support/app';
import { invokeInPage } from './support/invoke';

test('arrow keys move between the staff list’s rows and Enter opens the edit form of the row', async ({ page }) => {
  await signInAsAdmin(page);
  const lastName = uniqueName('Rowed');
  for (const firstName of ['Ana', 'Ben']) {
    await invokeInPage(page, 'staff.create', { firstName, lastName, roles: ['counsellor'], email: '', phone: '' });
  }
  await mainNavigation(page).getByRole('link', { name: 'Staff' }).click();
  await page.getByLabel('Search by name').fill(lastName);
  const rows = page.getByRole('table').locator('tbody > tr');
  await expect(rows).toHaveCount(2);

  // The body is one tab stop: the Deactivate buttons inside the rows keep their own.
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Edit Ben ${lastName}` })).toBeVisible();
});
