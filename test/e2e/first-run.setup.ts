import { expect, test } from '@playwright/test';
import { ADMIN, mainNavigation, setUpFirstAdministrator } from './support/app';
import { COLOR_SCHEMES, expectColorScheme, expectNoViolations } from './support/accessibility';

// Runs once, before the other end-to-end tests, on the main preview's empty database.
test('on an empty database, Hearth asks for the first administrator, then offers demo data', async ({ page }) => {
  // Demo data includes six months of the centre's schedule: seconds of work on two busy cores.
  test.setTimeout(120_000);
  // A weak password is refused with why and what to do, in the language on screen.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Set up Hearth' })).toBeVisible();
  // The only moment this screen can be checked: in both themes, back to light afterwards.
  for (const scheme of COLOR_SCHEMES) {
    if (scheme === 'dark') await page.getByRole('button', { name: 'Use dark theme' }).click();
    await expectColorScheme(page, scheme);
    await expectNoViolations(page, `first run (${scheme})`);
  }
  await page.getByRole('button', { name: 'Use light theme' }).click();
  await page.getByLabel('First name').fill(ADMIN.firstName);
  await page.getByLabel('Last name').fill(ADMIN.lastName);
  await page.getByLabel('User name').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill('password123');
  await page.getByLabel('Confirm password').fill('password123');
  await page.getByRole('button', { name: 'Create administrator account' }).click();
  await expect(page.getByText('This is a commonly used password. Add a few more words that are less common', { exact: false })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
  await expect(page.getByText('Ce mot de passe est couramment utilisé. Ajoutez quelques mots moins courants', { exact: false })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Langue' }).getByText('EN').click();

  await setUpFirstAdministrator(page);
  await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
  await expect(page.getByText('The register is empty', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Load demo data' }).click();
  // The demo centre's schedule (six months of sessions) takes a few seconds to write.
  await expect(page.getByText('Demo data loaded: 60 residents and 15 staff members.')).toBeVisible({ timeout: 90_000 });
  // The register now lists the demo residents (the admitted ones by default or all of them).
  await expect(page.getByRole('table').getByRole('row')).not.toHaveCount(0);
  expect(await page.getByRole('table').getByRole('link').count()).toBeGreaterThan(30);
});
