import { expect, test, type Page } from '@playwright/test';
import { ADMIN, addStaffWithAccount, firstSignIn, mainNavigation, signInAsAdmin, uniqueName } from './support/app';
import { expectNoViolations } from './support/accessibility';
import { admitResident } from './support/invoke';

const SEARCH_LABEL = 'Search for a resident, a staff member, a screen or an action';

function paletteSearch(page: Page) {
  return page.getByRole('combobox', { name: SEARCH_LABEL });
}

async function openWithShortcut(page: Page) {
  await page.keyboard.press('Control+K');
  await expect(paletteSearch(page)).toBeFocused();
}

/** An accented resident, and what to type to find them: no accents, lower case. */
async function admitAccentedResident(page: Page): Promise<{ name: string; typed: string }> {
  const lastName = uniqueName('Dufrêne');
  await admitResident(page, 'Éloïse', lastName);
  return { name: `Éloïse ${lastName}`, typed: `eloise ${lastName.replace('ê', 'e').toLowerCase()}` };
}

test('Ctrl+K, part of an accented name typed without accents, Enter: the resident opens', async ({ page }) => {
  await signInAsAdmin(page);
  const resident = await admitAccentedResident(page);

  await openWithShortcut(page);
  await paletteSearch(page).fill(resident.typed);
  const found = page.getByRole('group', { name: 'Residents' }).getByRole('option', { name: resident.name });
  await expect(found).toBeVisible();
  // The first entry is selected, and a screen reader is told which one it is.
  await expect(found).toHaveAttribute('aria-selected', 'true');
  await expect(paletteSearch(page)).toHaveAttribute('aria-activedescendant', (await found.getAttribute('id'))!);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: resident.name, level: 1 })).toBeVisible();
  await expect(paletteSearch(page)).toBeHidden();
});

test("the header's button opens the palette and a screen is reached by its name, from the keyboard", async ({ page }) => {
  await signInAsAdmin(page);
  const button = page.getByRole('button', { name: /Search and commands/ });
  await expect(button).toContainText('Ctrl K');
  await button.click();
  await expect(paletteSearch(page)).toBeFocused();
  await paletteSearch(page).fill('audit tr');
  await expect(page.getByRole('group', { name: 'Screens' }).getByRole('option', { name: 'Audit trail' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
  await expect(paletteSearch(page)).toBeHidden();

  // Typing selects the first entry (the navbar's order: Schedule); the arrow keys move through the
  // list (Schedule set-up next); Escape closes it.
  await openWithShortcut(page);
  await paletteSearch(page).fill('sche');
  const screens = page.getByRole('group', { name: 'Screens' }).getByRole('option');
  await expect(screens.first()).toHaveText('Schedule');
  await expect(screens.nth(1)).toHaveText('Schedule set-up');
  // The people search answers after the screens are listed and redraws the list: wait until it has.
  await expect(page.getByRole('listbox', { name: 'Search for a resident, a staff member, a screen or an action' })).toHaveAttribute('aria-busy', 'false');
  await page.keyboard.press('ArrowDown');
  // Screen readers follow the selection through the search box's active descendant.
  const second = await screens.nth(1).getAttribute('id');
  await expect(paletteSearch(page)).toHaveAttribute('aria-activedescendant', second!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Schedule set-up', level: 1 })).toBeVisible();
  await openWithShortcut(page);
  await page.keyboard.press('Escape');
  await expect(paletteSearch(page)).toBeHidden();
});

test('"lock the screen" from the palette locks it, and the shortcut does not open the palette over the lock screen', async ({ page }) => {
  await signInAsAdmin(page);
  await openWithShortcut(page);
  await paletteSearch(page).fill('lock the');
  await expect(page.getByRole('group', { name: 'Actions' }).getByRole('option', { name: 'Lock the screen' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeVisible();

  await page.keyboard.press('Control+K');
  await expect(paletteSearch(page)).toBeHidden();

  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeHidden();
  await expect(paletteSearch(page)).toBeHidden();
  await openWithShortcut(page);
});

test('switching the language from the palette turns the interface to French', async ({ page }) => {
  await signInAsAdmin(page);
  await openWithShortcut(page);
  await paletteSearch(page).fill('francais');
  await page.keyboard.press('Enter');
  await expect(mainNavigation(page)).toBeHidden(); // its accessible name is now French
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  await page.getByRole('button', { name: /Recherche et commandes/ }).click();
  await page.getByRole('combobox', { name: /Rechercher un résident/ }).fill('anglais');
  await page.keyboard.press('Enter');
  await expect(mainNavigation(page)).toBeVisible();
});

test('someone whose roles do not cover the register finds no resident and is not offered admitting one', async ({ page, browser }) => {
  await signInAsAdmin(page);
  const resident = await admitAccentedResident(page);
  const username = uniqueName('itpal').toLowerCase();
  await addStaffWithAccount(page, { firstName: 'Paloma', lastName: uniqueName('Admin'), username, roles: ['Administrator'] });

  const admin = await browser.newPage();
  await firstSignIn(admin, username);
  await openWithShortcut(admin);
  await paletteSearch(admin).fill(resident.typed);
  await expect(admin.getByText('Nothing found')).toBeVisible();
  await expect(admin.getByRole('group', { name: 'Residents' })).toHaveCount(0);

  await paletteSearch(admin).fill('admit');
  await expect(admin.getByText('Nothing found')).toBeVisible();
  await paletteSearch(admin).fill('');
  const actions = admin.getByRole('group', { name: 'Actions' });
  await expect(actions.getByRole('option', { name: 'Lock the screen' })).toBeVisible();
  await expect(actions.getByRole('option', { name: 'Admit a resident' })).toHaveCount(0);
  await expect(admin.getByRole('group', { name: 'Screens' }).getByRole('option', { name: 'Residents' })).toHaveCount(0);
  await admin.close();
});

test('the open palette, with a resident found, has no accessibility violations in light and dark', async ({ page }) => {
  await signInAsAdmin(page);
  const resident = await admitAccentedResident(page);
  for (const scheme of ['light', 'dark'] as const) {
    if (scheme === 'dark') await page.getByRole('button', { name: 'Use dark theme' }).click();
    await openWithShortcut(page);
    await paletteSearch(page).fill(resident.typed);
    await expect(page.getByRole('group', { name: 'Residents' }).getByRole('option', { name: resident.name })).toBeVisible();
    await expectNoViolations(page, `command palette (${scheme})`);
    await page.keyboard.press('Escape');
    await expect(paletteSearch(page)).toBeHidden();
  }
});
