import { expect, type Page } from '@playwright/test';

/** The first administrator, created by first-run.setup.ts on each preview's fresh database. */
export const ADMIN = { firstName: 'Ada', lastName: 'Lovelace', username: 'ada', password: 'correct horse battery staple' };

export async function setUpFirstAdministrator(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Set up Hearth' })).toBeVisible();
  await page.getByLabel('First name').fill(ADMIN.firstName);
  await page.getByLabel('Last name').fill(ADMIN.lastName);
  await page.getByLabel('User name').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Confirm password').fill(ADMIN.password);
  await page.getByLabel('I also manage the centre (manager role)').check();
  await page.getByRole('button', { name: 'Create administrator account' }).click();
  await expect(mainNavigation(page)).toBeVisible();
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signInAsAdmin(page: Page): Promise<void> {
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(mainNavigation(page)).toBeVisible();
}

/** On the sign-in screen a reload (or a new window) shows: signs the administrator in again, in place. */
export async function signInAgain(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('User name').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(mainNavigation(page)).toBeVisible();
}

export function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

/** A name no other test uses, so parallel tests on one database do not see each other's rows. */
export function uniqueName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

export const TEMPORARY_PASSWORD = 'temporary pass 2026';
export const NEW_PASSWORD = 'my own long passphrase';

/**
 * As the signed-in administrator: adds a staff member with `roles` (their English labels) and
 * creates their account with the temporary password.
 */
export async function addStaffWithAccount(page: Page, person: { firstName: string; lastName: string; username: string; roles: string[] }): Promise<void> {
  await mainNavigation(page).getByRole('link', { name: 'Staff' }).click();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await page.getByLabel('First name').fill(person.firstName);
  await page.getByLabel('Last name').fill(person.lastName);
  for (const role of person.roles) await page.getByRole('checkbox', { name: role, exact: true }).check();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByText('The staff member was added.')).toBeVisible();

  await mainNavigation(page).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'Create account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create account' });
  await dialog.getByLabel('Staff member').selectOption({ label: `${person.firstName} ${person.lastName}` });
  await dialog.getByLabel('User name').fill(person.username);
  await dialog.getByLabel('Temporary password').fill(TEMPORARY_PASSWORD);
  await dialog.getByRole('button', { name: 'Create the account' }).click();
  await expect(dialog).toBeHidden();
}

/** First sign-in of a new account: the temporary password, then the person's own. */
export async function firstSignIn(page: Page, username: string): Promise<void> {
  await signIn(page, username, TEMPORARY_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('Current password').fill(TEMPORARY_PASSWORD);
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByLabel('Confirm password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(mainNavigation(page)).toBeVisible();
}
