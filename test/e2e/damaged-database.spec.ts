import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/accessibility';
import { DAMAGED_URL } from './support/servers';

test.use({ baseURL: DAMAGED_URL });

test('a damaged database file gets a screen that says what to do, and the file is left as it was', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'The database file could not be opened safely' })).toBeVisible();
  await expect(page.getByText(/e2e-damaged\/hearth\.sqlite/)).toBeVisible();
  await expect(page.getByText('Restore the latest backup copy of the database in its place', { exact: false })).toBeVisible();
  await expect(page.getByText(/e2e-damaged\/backups\/hearth-daily-2026-11-22T08-00-00-000Z\.sqlite$/)).toBeVisible();
  // Nothing else of the app is offered: no sign-in, no first-run set-up.
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Set up Hearth' })).toHaveCount(0);
  await expectNoViolations(page, 'damaged database');
  // Exactly what start-preview.mjs wrote before the preview opened it: never reset, never migrated.
  expect(readFileSync('.tmp/e2e-damaged/hearth.sqlite', 'utf8')).toBe('This is not a SQLite database. '.repeat(200));
});
