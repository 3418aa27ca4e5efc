import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectColorScheme, expectNoViolations, openInColorScheme } from './support/accessibility';
import { DAMAGED_URL } from './support/servers';

test.use({ baseURL: DAMAGED_URL });

test('a damaged database file gets a screen that says what to do, and the file is left as it was', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'The database file could not be opened safely' })).toBeVisible();
  // Files named inside the data folder, never by their full path: anyone at the screen can read it.
  await expect(page.getByText('hearth.sqlite', { exact: true })).toBeVisible();
  await expect(page.getByText('Restore the latest backup copy of the database in its place', { exact: false })).toBeVisible();
  await expect(page.getByText('backups/hearth-daily-2026-11-22T08-00-00-000Z.sqlite', { exact: true })).toBeVisible();
  await expect(page.getByText(/This file is in Hearth's data folder/).first()).toBeVisible();
  await expect(page.locator('body')).not.toContainText('e2e-damaged');
  await expect(page.locator('body')).not.toContainText(resolve('.tmp'));
  // Nothing else of the app is offered: no sign-in, no first-run set-up.
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Set up Hearth' })).toHaveCount(0);
  await expectNoViolations(page, 'damaged database (light)');
  await openInColorScheme(page, 'dark');
  await page.reload();
  await expectColorScheme(page, 'dark');
  await expectNoViolations(page, 'damaged database (dark)');

  // The same help in French.
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
  await expect(page.getByRole('heading', { name: "Le fichier de la base de données n'a pas pu être ouvert de façon sûre" })).toBeVisible();
  await expect(page.getByText('La copie la plus récente faite par Hearth est, dans le même dossier de données :', { exact: false })).toBeVisible();
  await expect(page.getByText('backups/hearth-daily-2026-11-22T08-00-00-000Z.sqlite', { exact: true })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Langue' }).getByText('EN').click();
  // Exactly what start-preview.mjs wrote before the preview opened it: never reset, never migrated.
  expect(readFileSync('.tmp/e2e-damaged/hearth.sqlite', 'utf8')).toBe('This is not a SQLite database. '.repeat(200));
});
