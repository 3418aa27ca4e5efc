import { expect, test } from '@playwright/test';
import { mainNavigation, signInAsAdmin } from './support/app';
import { expectNoViolations } from './support/accessibility';

test('the sign-in screen has no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectNoViolations(page, 'sign-in');
});

test('the register, a resident, the admission form and the staff list have no accessibility violations, in light and dark', async ({ page }) => {
  await signInAsAdmin(page);
  for (const scheme of ['light', 'dark'] as const) {
    if (scheme === 'dark') await page.getByRole('button', { name: 'Use dark theme' }).click();
    await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
    await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
    await expectNoViolations(page, `residents list (${scheme})`);

    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: 'Status history' })).toBeVisible();
    await expectNoViolations(page, `resident page (${scheme})`);

    await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
    await page.getByRole('button', { name: 'Admit resident' }).click();
    await page.getByRole('button', { name: 'Admit resident' }).click(); // empty: every message shows
    await expect(page.getByText('This field is required.').first()).toBeVisible();
    await expectNoViolations(page, `admission form with errors (${scheme})`);

    await mainNavigation(page).getByRole('link', { name: 'Staff' }).click();
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
    await expectNoViolations(page, `staff list (${scheme})`);
  }
});

test('the accounts, audit trail and settings screens have no accessibility violations', async ({ page }) => {
  await signInAsAdmin(page);
  for (const [link, heading] of [['Accounts', 'Accounts'], ['Audit trail', 'Audit trail'], ['Settings', 'Settings']]) {
    await mainNavigation(page).getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expectNoViolations(page, link);
  }
});
