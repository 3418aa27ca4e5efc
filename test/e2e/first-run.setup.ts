import { expect, test } from '@playwright/test';
import { mainNavigation, setUpFirstAdministrator } from './support/app';

// Runs once, before the other end-to-end tests, on the main preview's empty database.
test('on an empty database, Hearth asks for the first administrator, then offers demo data', async ({ page }) => {
  await setUpFirstAdministrator(page);
  await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
  await expect(page.getByText('The register is empty', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByText('Demo data loaded: 60 residents and 15 staff members.')).toBeVisible();
  // The register now lists the demo residents (the admitted ones by default or all of them).
  await expect(page.getByRole('table').getByRole('row')).not.toHaveCount(0);
  expect(await page.getByRole('table').getByRole('link').count()).toBeGreaterThan(30);
});
