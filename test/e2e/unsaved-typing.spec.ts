import { expect, test } from '@playwright/test';
import { mainNavigation, signInAsAdmin, uniqueName } from './support/app';
import { admitResident } from './support/invoke';

// Typed work is never dropped without asking: closing a dialog that holds unsaved text, or signing
// out while a screen holds some, asks first, and "Keep editing" leaves the text as it was.

test('closing the discharge dialog with a half-typed note asks first, and Keep editing keeps the text', async ({ page }) => {
  await signInAsAdmin(page);
  const lastName = uniqueName('Leaving');
  const residentId = await admitResident(page, 'Lou', lastName);
  await page.goto(`/#/residents/${residentId}`);
  await page.getByRole('button', { name: 'Discharge' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discharge resident' });
  await dialog.getByLabel('Note').fill('Leaving for a family emergency, will call');

  // Escape asks, with the keyboard on the safe answer.
  await page.keyboard.press('Escape');
  const question = dialog.getByRole('alert').filter({ hasText: 'Drop what you typed?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(dialog.getByLabel('Note')).toHaveValue('Leaving for a family emergency, will call');

  // Cancel asks too; dropping it closes the dialog and discharges nobody.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.getByRole('button', { name: 'Close and drop it' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Discharge' })).toBeVisible();

  // Dropped means dropped: the dialog opens empty again, and with nothing typed it closes at once.
  await page.getByRole('button', { name: 'Discharge' }).click();
  await expect(dialog.getByLabel('Note')).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('signing out with unsaved settings asks first; Keep editing stays with the text, Sign out anyway signs out', async ({ page }) => {
  await signInAsAdmin(page);
  await mainNavigation(page).getByRole('link', { name: 'Settings' }).click();
  const centreName = page.getByRole('textbox', { name: 'Centre name' });
  await centreName.fill('Maison du Lac (draft)');

  const signOut = async () => {
    await page.getByRole('button', { name: /^Account menu of / }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
  };
  await signOut();
  const question = page.getByRole('dialog', { name: 'Sign out without saving?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(question).toHaveCount(0);
  await expect(centreName).toHaveValue('Maison du Lac (draft)');

  await signOut();
  await question.getByRole('button', { name: 'Sign out anyway' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});
