import { expect, test, type Page } from '@playwright/test';
import { mainNavigation, signInAsAdmin, uniqueName } from './support/app';
import { recordOpenings } from './support/invoke';

async function openAdmitForm(page: Page) {
  await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
  await page.getByRole('button', { name: 'Admit resident' }).click();
  await expect(page.getByRole('heading', { name: 'Admit resident' })).toBeVisible();
}

async function fillAdmission(page: Page, firstName: string, lastName: string) {
  await page.getByLabel('First name').fill(firstName);
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Pronouns').fill('she/her');
  await page.getByLabel('Date of birth').fill('1992-03-14');
  await page.getByLabel('Admission date').fill('2026-11-20');
  await page.getByLabel('Program').selectOption({ label: 'Residential' });
  await page.getByLabel('Language').selectOption({ label: 'French' });
  await page.getByLabel('House').fill('Maple House');
  await page.getByLabel('Room').fill('112');
  await page.getByLabel('Emergency contact name').fill('Luc Lapointe');
  await page.getByLabel('Emergency contact phone').fill('819-555-0199');
  await page.getByLabel('Photo and recording consent').check();
}

async function searchRegister(page: Page, text: string) {
  await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
  await page.getByLabel('Search by name').fill(text);
}

test.beforeEach(async ({ page }) => {
  await signInAsAdmin(page);
});

test('staff admit a resident through the form, find them by search, discharge them and see the history', async ({ page }) => {
  const lastName = uniqueName('Lapointe');
  await openAdmitForm(page);
  await fillAdmission(page, 'Noémie', lastName);
  await page.getByRole('button', { name: 'Admit resident' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Noémie ${lastName}`) })).toBeVisible();

  await searchRegister(page, `noemie ${lastName.toLowerCase()}`);
  const results = page.getByRole('table');
  await expect(results.getByRole('link')).toHaveCount(1);
  await results.getByRole('link', { name: new RegExp(lastName) }).click();

  await page.getByRole('button', { name: 'Discharge' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discharge resident' });
  await dialog.getByLabel('Discharge date').fill('2026-11-22');
  await dialog.getByLabel('Reason').selectOption({ label: 'Program completed' });
  await dialog.getByRole('button', { name: 'Confirm discharge' }).click();
  await expect(dialog).toBeHidden();

  const history = page.getByRole('table', { name: /Admissions, discharges, readmissions and program changes/ });
  await expect(history.getByRole('row')).toHaveCount(3); // header, admitted, discharged
  await expect(history.getByRole('row').nth(1)).toContainText('Admitted');
  await expect(history.getByRole('row').nth(2)).toContainText('Discharged');
  await expect(history.getByRole('row').nth(2)).toContainText('Program completed');
  await expect(page.getByRole('button', { name: 'Readmit' })).toBeVisible();

  // The discharged resident is listed under "Discharged", not under "Admitted".
  await searchRegister(page, lastName);
  await page.getByLabel('Status').selectOption({ label: 'Admitted' });
  await expect(page.getByRole('table').getByRole('link')).toHaveCount(0);
  await page.getByLabel('Status').selectOption({ label: 'Discharged' });
  await expect(page.getByRole('table').getByRole('link')).toHaveCount(1);
});

test('a bad value shows its message next to the field and nothing is written', async ({ page }) => {
  const lastName = uniqueName('Invalid');
  await openAdmitForm(page);
  await fillAdmission(page, 'Olivier', lastName);
  await page.getByLabel('First name').fill('');
  await page.getByLabel('Emergency contact phone').fill('call me maybe');
  await page.getByRole('button', { name: 'Admit resident' }).click();

  await expect(page.getByLabel('First name')).toHaveAccessibleDescription(/This field is required\./);
  await expect(page.getByLabel('Emergency contact phone')).toHaveAccessibleDescription(/Enter a phone number/);
  await expect(page.getByRole('heading', { name: 'Admit resident' })).toBeVisible();

  // The refused form still holds what was typed: leaving it is confirmed first.
  await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
  await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click();
  await searchRegister(page, lastName);
  await expect(page.getByText('No resident matches these filters.')).toBeVisible();
});

test('admitting a second record with the same name and date of birth warns first', async ({ page }) => {
  const lastName = uniqueName('Twin');
  await openAdmitForm(page);
  await fillAdmission(page, 'Zoé', lastName);
  await page.getByRole('button', { name: 'Admit resident' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Zoé ${lastName}`) })).toBeVisible();

  await openAdmitForm(page);
  await fillAdmission(page, 'Zoe', lastName.toUpperCase());
  await page.getByRole('button', { name: 'Admit resident' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'A resident with the same name and date of birth already exists' })).toBeVisible();

  // Not admitted: the filled form asks before it is left.
  await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
  await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click();
  await searchRegister(page, lastName);
  await expect(page.getByRole('table').getByRole('link')).toHaveCount(1);
});

test('an edit saved from an out-of-date copy is refused with a way to reload, and nothing is overwritten', async ({ page, browser }) => {
  const lastName = uniqueName('Concurrent');
  await openAdmitForm(page);
  await fillAdmission(page, 'Rémi', lastName);
  await page.getByRole('button', { name: 'Admit resident' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Rémi ${lastName}`) })).toBeVisible();
  const residentUrl = page.url();

  // A colleague opens the same record in another window and saves first.
  const colleague = await browser.newPage();
  await signInAsAdmin(colleague);
  await colleague.goto(residentUrl);
  await colleague.getByRole('button', { name: 'Edit details' }).click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await colleague.getByLabel('Room').fill('201');
  await colleague.getByRole('button', { name: 'Save changes' }).click();
  // Wait for the save itself: the edit form's heading ("Edit Rémi …") also matches the name.
  await expect(colleague.getByText('The changes were saved.')).toBeVisible();
  await colleague.close();

  await page.getByLabel('Room').fill('305');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Someone else changed this record' })).toBeVisible();
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByLabel('Room')).toHaveValue('201');
});

test('opening a resident’s page once records one opening in the audit trail, however often the page renders', async ({ page }) => {
  const lastName = uniqueName('Opened');
  await openAdmitForm(page);
  await fillAdmission(page, 'Inès', lastName);
  await page.getByRole('button', { name: 'Admit resident' }).click();
  // Admitting shows the new record: the first opening.
  await expect(page.getByRole('heading', { name: new RegExp(`Inès ${lastName}`) })).toBeVisible();
  const residentId = /#\/residents\/([0-9a-f-]{36})/.exec(page.url())![1];
  await page.waitForLoadState('networkidle');
  expect(await recordOpenings(page, residentId)).toBe(1);

  // Coming back to the record from the register is another opening, recorded once.
  await searchRegister(page, lastName);
  await page.getByRole('table').getByRole('link', { name: new RegExp(lastName) }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Inès ${lastName}`) })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await recordOpenings(page, residentId)).toBe(2);
});

test('a discharge made from an out-of-date page is refused, the page shows the stored record and says why', async ({ page, browser }) => {
  const lastName = uniqueName('Stale');
  await openAdmitForm(page);
  await fillAdmission(page, 'Yanis', lastName);
  await page.getByRole('button', { name: 'Admit resident' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Yanis ${lastName}`) })).toBeVisible();
  const residentUrl = page.url();

  // A colleague changes the room while this page still shows the older copy.
  const colleague = await browser.newPage();
  await signInAsAdmin(colleague);
  await colleague.goto(residentUrl.replace(/$/, '/edit'));
  await colleague.getByLabel('Room').fill('207');
  await colleague.getByRole('button', { name: 'Save changes' }).click();
  await expect(colleague.getByText('The changes were saved.')).toBeVisible();
  await colleague.close();

  await page.getByRole('button', { name: 'Discharge' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discharge resident' });
  await dialog.getByLabel('Discharge date').fill('2026-11-22');
  await dialog.getByLabel('Reason').selectOption({ label: 'Program completed' });
  await dialog.getByRole('button', { name: 'Confirm discharge' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: 'Someone else changed this record' })).toBeVisible();
  // Nothing was discharged; the page now shows the colleague's change.
  await expect(page.getByRole('button', { name: 'Discharge' })).toBeVisible();
  await expect(page.getByText('207')).toBeVisible();
});
