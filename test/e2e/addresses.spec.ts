import { expect, test } from '@playwright/test';
import { mainNavigation, signInAgain, signInAsAdmin, uniqueName } from './support/app';
import { admitResident, noteLineOpenings, recordOpenings } from './support/invoke';

// The address holds the screen: filters survive a reload and come back with "back", a pasted link
// opens its record once signed in, and a half-written form asks before it is left.

test('a filtered register comes back after a reload and after opening a resident and going back', async ({ page }) => {
  await signInAsAdmin(page);
  const lastName = uniqueName('Ferrandier');
  await admitResident(page, 'Odile', lastName, 'outpatient');

  await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
  const filters = page.getByRole('search', { name: 'Find residents' });
  await filters.getByLabel('Program').selectOption({ label: 'Outpatient' });
  await filters.getByLabel('Search by name').fill(lastName.toLowerCase());
  const register = page.getByRole('table');
  await expect(register.getByRole('link')).toHaveCount(1);
  await expect(page).toHaveURL(/#\/residents\?.*program=outpatient/);

  // A reload in the preview is a new page, signed out: once signed in again, the same screen returns.
  await page.reload();
  await signInAgain(page);
  await expect(filters.getByLabel('Search by name')).toHaveValue(lastName.toLowerCase());
  await expect(filters.getByLabel('Program')).toHaveValue('outpatient');
  await expect(register.getByRole('link')).toHaveCount(1);

  await register.getByRole('link', { name: new RegExp(lastName) }).click();
  await expect(page.getByRole('heading', { name: `Odile ${lastName}`, level: 1 })).toBeVisible();
  await page.goBack();
  await expect(filters.getByLabel('Search by name')).toHaveValue(lastName.toLowerCase());
  await expect(filters.getByLabel('Program')).toHaveValue('outpatient');
  await expect(register.getByRole('link')).toHaveCount(1);

  // Typing replaced the address as it went: one step back leaves the search, not one letter of it.
  await page.goBack();
  await expect(filters.getByLabel('Search by name')).toHaveValue('');
  await expect(filters.getByLabel('Program')).toHaveValue('all');
});

test("a resident's address pasted into a new window opens that resident once the person signs in", async ({ page, browser }) => {
  await signInAsAdmin(page);
  const lastName = uniqueName('Marchetti');
  const id = await admitResident(page, 'Bruno', lastName);

  const fresh = await browser.newPage();
  await fresh.goto(`/#/residents/${id}`);
  await signInAgain(fresh);
  await expect(fresh.getByRole('heading', { name: `Bruno ${lastName}`, level: 1 })).toBeVisible();
  await expect(fresh).toHaveURL(new RegExp(`#/residents/${id}$`));
  await fresh.close();
});

test('a half-written edit asks before another link is followed: "Keep editing" keeps the text, "Leave" leaves', async ({ page }) => {
  await signInAsAdmin(page);
  const lastName = uniqueName('Quintal');
  const id = await admitResident(page, 'Rosalie', lastName);
  await page.goto(`/#/residents/${id}/edit`);
  await expect(page.getByRole('heading', { name: new RegExp(`Rosalie ${lastName}`) })).toBeVisible();
  await page.getByLabel('House').fill('Birch Ho');

  await mainNavigation(page).getByRole('link', { name: 'Staff' }).click();
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByLabel('House')).toHaveValue('Birch Ho');
  await expect(page).toHaveURL(new RegExp(`#/residents/${id}/edit$`));

  await mainNavigation(page).getByRole('link', { name: 'Staff' }).click();
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { name: 'Staff', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/staff$/);
});

test('opening a resident writes one "record opened" row, however often the page refreshes; a new visit writes another', async ({ page }) => {
  await signInAsAdmin(page);
  const lastName = uniqueName('Beaulieu');
  const id = await admitResident(page, 'Agathe', lastName);

  await page.goto(`/#/residents/${id}`);
  await expect(page.getByRole('heading', { name: `Agathe ${lastName}`, level: 1 })).toBeVisible();
  // A discharge refreshes the page's record: the same opening, not a new one.
  await page.getByRole('button', { name: 'Discharge' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discharge resident' });
  await dialog.getByLabel('Reason').selectOption({ label: 'Program completed' });
  await dialog.getByRole('button', { name: 'Confirm discharge' }).click();
  await expect(page.getByRole('button', { name: 'Readmit' })).toBeVisible();
  expect(await recordOpenings(page, id)).toBe(1);
  // The page also shows the resident's group-note lines: one more opening, of clinical text, once.
  expect(await noteLineOpenings(page, id)).toBe(1);

  await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
  await page.goBack();
  await expect(page.getByRole('heading', { name: `Agathe ${lastName}`, level: 1 })).toBeVisible();
  await expect.poll(() => recordOpenings(page, id)).toBe(2);
  await expect.poll(() => noteLineOpenings(page, id)).toBe(2);
});
