import { expect, test } from '@playwright/test';
import { ADMIN, mainNavigation, signInAsAdmin } from './support/app';

test('managers see who did what, filter it by action, verify that the trail is intact and check a noted fingerprint', async ({ page }) => {
  await signInAsAdmin(page);
  await mainNavigation(page).getByRole('link', { name: 'Audit trail' }).click();
  const trail = page.getByRole('table', { name: /Audit events, newest first/ });
  await expect(trail.getByRole('row').nth(1)).toBeVisible();

  await page.getByLabel('Action').selectOption({ label: 'Signed in' });
  // Only the header row lacks the chosen action once the filter applies.
  await expect(trail.getByRole('row').filter({ hasNotText: 'Signed in' })).toHaveCount(1);
  // Other tests sign people in at the same time, so look for this administrator's row, not the newest.
  await expect(trail.getByRole('row').filter({ hasText: `${ADMIN.firstName} ${ADMIN.lastName}` }).first()).toContainText('Signed in');
  await expect(trail.getByRole('row').filter({ hasText: 'Record created' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Verify audit trail' }).click();
  await expect(page.getByText(/Audit trail intact \(\d+ rows checked\)/)).toBeVisible();

  // The newest row's fingerprint, noted on paper, checks out later; a wrong one does not.
  const shown = await page.getByText(/Fingerprint of row #\d+: /).textContent();
  const [, row, fingerprint] = /#(\d+): ([0-9A-F-]{19})/.exec(shown!)!;
  const check = page.getByRole('form', { name: 'Check a noted fingerprint' });
  await check.getByLabel('Row number').fill(row);
  await check.getByLabel('Fingerprint').fill(fingerprint.toLowerCase());
  await check.getByRole('button', { name: 'Check fingerprint' }).click();
  await expect(check.getByRole('status')).toHaveText(`The fingerprint of row #${row} matches: the trail up to that row is the one that was noted.`);

  await check.getByLabel('Fingerprint').fill('0000-0000-0000-0000');
  await check.getByRole('button', { name: 'Check fingerprint' }).click();
  await expect(check.getByRole('alert')).toContainText(`The fingerprint of row #${row} does not match`);

  await check.getByLabel('Fingerprint').fill('not one');
  await check.getByRole('button', { name: 'Check fingerprint' }).click();
  await expect(check.getByLabel('Fingerprint')).toHaveAccessibleDescription(/Enter the 16 letters and digits of the fingerprint/);
});

test('a person can sign in and reach the register with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('User name').focus();
  await page.keyboard.type(ADMIN.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(mainNavigation(page)).toBeVisible();
  const residents = mainNavigation(page).getByRole('link', { name: 'Residents' });
  await residents.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Residents', level: 1 })).toBeVisible();
});
