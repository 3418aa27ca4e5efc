import { expect, test } from '@playwright/test';
import { ADMIN, mainNavigation, signInAsAdmin } from './support/app';
import { QUICK_LOCK_SECONDS, QUICK_LOCK_URL } from './support/servers';

test.describe('on the preview whose screen locks after a few idle seconds', () => {
  test.use({ baseURL: QUICK_LOCK_URL });

  test('an idle screen locks, hides the register and keeps a half-filled form until the password unlocks it', async ({ page }) => {
    await signInAsAdmin(page);
    await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
    await page.getByRole('button', { name: 'Admit resident' }).click();
    await page.getByLabel('First name').fill('Half');
    await page.getByLabel('Last name').fill('Filled');

    // No key or mouse activity: the lock screen replaces everything.
    await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeVisible({ timeout: (QUICK_LOCK_SECONDS + 10) * 1000 });
    await expect(page.getByLabel('First name')).toBeHidden();
    await expect(mainNavigation(page)).toBeHidden();
    await expect(page.getByText('Filled')).toHaveCount(0);

    // A wrong password keeps it locked.
    await page.getByLabel('Password').fill('not my password');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText('The password is not right.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeVisible();

    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeHidden();
    await expect(page.getByLabel('First name')).toHaveValue('Half');
    await expect(page.getByLabel('Last name')).toHaveValue('Filled');
  });
});

// On the main preview (a 10-minute idle lock), so the manual lock is the only one that can happen.
test('signing in as someone else from the lock screen signs the first person out', async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByRole('button', { name: 'Lock screen' }).click();
  await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in as someone else' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});
