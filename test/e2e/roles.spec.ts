import { expect, test } from '@playwright/test';
import { addStaffWithAccount, firstSignIn, mainNavigation, signInAsAdmin, uniqueName } from './support/app';

test('each role sees only what it needs: scheduling staff keep the register but see no accounts, settings, audit trail or backups', async ({ page, browser }) => {
  const username = uniqueName('sched').toLowerCase();
  await signInAsAdmin(page);
  await addStaffWithAccount(page, { firstName: 'Sam', lastName: uniqueName('Scheduler'), username, roles: ['Scheduling staff'] });

  const other = await browser.newPage();
  await firstSignIn(other, username);
  const navigation = mainNavigation(other);
  await expect(navigation.getByRole('link', { name: 'Residents' })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Staff' })).toBeVisible();
  for (const hidden of ['Accounts', 'Audit trail', 'Backups', 'Settings', 'Emergency access']) {
    await expect(navigation.getByRole('link', { name: hidden })).toHaveCount(0);
  }
  await other.close();
});

test('an administrator without a clinical or operational role cannot browse residents, but can open one in an emergency, which managers then review', async ({ page, browser }) => {
  // A resident from the demo data, as a manager sees them.
  await signInAsAdmin(page);
  await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
  const firstResident = page.getByRole('table').getByRole('link').first();
  const residentName = (await firstResident.textContent())!.trim();
  await firstResident.click();
  const birthDate = await page.getByRole('table', { name: 'Resident details' }).getByRole('row', { name: /Date of birth/ }).getByRole('cell').last().textContent();

  const username = uniqueName('itadmin').toLowerCase();
  await addStaffWithAccount(page, { firstName: 'Iris', lastName: uniqueName('Admin'), username, roles: ['Administrator'] });

  const admin = await browser.newPage();
  await firstSignIn(admin, username);
  const navigation = mainNavigation(admin);
  await expect(navigation.getByRole('link', { name: 'Residents' })).toHaveCount(0);
  await navigation.getByRole('link', { name: 'Emergency access' }).click();
  const reason = `Fire alarm at night: the on-call nurse needs ${residentName}'s emergency contact.`;
  await admin.getByLabel('Reason').fill(reason);
  await admin.getByLabel("Resident's name").fill(residentName.split(' ')[0]);
  // Typed as the resident page shows it ("Mar 14, 1992"): the field reads the interface language's form.
  await admin.getByLabel('Date of birth').fill(birthDate!.trim());
  await admin.getByRole('button', { name: 'Open the record' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'This access was recorded' })).toBeVisible();
  await expect(admin.getByRole('article', { name: residentName })).toBeVisible();
  await admin.close();

  await mainNavigation(page).getByRole('link', { name: 'Audit trail' }).click();
  await page.getByRole('tab', { name: 'Break-glass review' }).click();
  await expect(page.getByRole('tabpanel').getByText(reason).first()).toBeVisible();
});
