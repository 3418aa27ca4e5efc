import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './support/accessibility';
import { signInAsAdmin, uniqueName } from './support/app';

/** A date as French readers write it: "3 déc. 2026", "14 mars 1992" (month names in French). */
const FRENCH_DATE = /^\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}$/;
const FRENCH_DATE_AND_TIME = /^\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4} \d{2}:\d{2}$/;

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Navigation principale' });
}

async function switchToFrench(page: Page) {
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
  await expect(navigation(page)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await signInAsAdmin(page);
  await switchToFrench(page);
});

test('in French, the admission form shows and takes dates the French way, and the resident page reads them in French', async ({ page }) => {
  const lastName = uniqueName('Gagnon');
  await navigation(page).getByRole('link', { name: 'Résidents' }).click();
  await page.getByRole('button', { name: 'Admettre un résident' }).click();
  await expect(page.getByRole('heading', { name: 'Admettre un résident' })).toBeVisible();

  // Today's date is prefilled and shown the French way.
  await expect(page.getByLabel("Date d'admission")).toHaveValue(FRENCH_DATE);

  await page.getByLabel('Prénom').fill('Étienne');
  await page.getByLabel('Nom de famille').fill(lastName);
  // Day first, as French speakers write it; then the form the field itself shows.
  await page.getByLabel('Date de naissance').fill('14/03/1992');
  await page.getByLabel('Date de naissance').press('Tab');
  await expect(page.getByLabel('Date de naissance')).toHaveValue('14 mars 1992');
  await page.getByLabel("Date d'admission").fill('2 nov. 2026');
  await page.getByLabel("Date d'admission").press('Tab');
  await expect(page.getByLabel("Date d'admission")).toHaveValue('2 nov. 2026');
  await page.getByLabel('Décharge pour la zoothérapie équine signée le').fill('5 Novembre 2026');
  await page.getByLabel('Décharge pour la zoothérapie équine signée le').press('Tab');
  await expect(page.getByLabel('Décharge pour la zoothérapie équine signée le')).toHaveValue('5 nov. 2026');
  await page.getByLabel('Programme').selectOption({ label: 'Résidentiel' });
  await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'Français' });
  await expectNoViolations(page, 'admission form in French');
  await page.getByRole('button', { name: 'Admettre le résident' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Étienne ${lastName}`) })).toBeVisible();

  const details = page.getByRole('table', { name: 'Renseignements sur le résident' });
  const detail = (label: string) => details.getByRole('row', { name: new RegExp(label) }).getByRole('cell').last();
  await expect(detail('Date de naissance')).toHaveText('14 mars 1992');
  await expect(detail("Date d'admission")).toHaveText('2 nov. 2026');
  await expect(detail('zoothérapie équine')).toHaveText('5 nov. 2026');
  const history = page.getByRole('table', { name: /Admissions, congés, réadmissions/ });
  const admitted = history.getByRole('row').nth(1).getByRole('cell');
  await expect(admitted.nth(1)).toHaveText('2 nov. 2026');
  await expect(admitted.nth(5)).toHaveText(FRENCH_DATE_AND_TIME);

  // What was stored is the calendar day typed: the English page reads the same days.
  await page.getByRole('radiogroup', { name: 'Langue' }).getByText('EN').click();
  const englishDetails = page.getByRole('table', { name: 'Resident details' });
  await expect(englishDetails.getByRole('row', { name: /Date of birth/ }).getByRole('cell').last()).toHaveText('Mar 14, 1992');
  await expect(englishDetails.getByRole('row', { name: /Admission date/ }).getByRole('cell').last()).toHaveText('Nov 2, 2026');
});

test('in French, the register and the audit filters read and take dates the French way, and a bad date is said under its field', async ({ page }) => {
  await navigation(page).getByRole('link', { name: 'Résidents' }).click();
  const firstRow = page.getByRole('table').getByRole('row').nth(1);
  await expect(firstRow.getByRole('link')).toBeVisible();
  await expect(firstRow.getByRole('cell').filter({ hasText: FRENCH_DATE }).first()).toBeVisible();

  await navigation(page).getByRole('link', { name: "Journal d'audit" }).click();
  await expect(page.getByRole('heading', { name: "Journal d'audit", level: 1 })).toBeVisible();
  const from = page.getByLabel('Du', { exact: true });
  await from.fill('1/11/2026');
  await from.press('Tab');
  await expect(from).toHaveValue('1 nov. 2026');
  // Rows are shown in French, on the centre's wall clock.
  await expect(page.getByRole('table').getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText(FRENCH_DATE_AND_TIME);

  // The calendar, opened from the field's button, names the months in French and starts on Monday.
  await page.getByRole('button', { name: 'Choisir dans un calendrier' }).first().click();
  await expect(page.getByText('novembre 2026')).toBeVisible();
  await expect(page.locator('[data-dates-dropdown] thead th').first()).toHaveText(/^lu/i);
  await expectNoViolations(page, 'audit filters with the calendar open, in French (light)');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Utiliser le thème sombre' }).click();
  await page.getByRole('button', { name: 'Choisir dans un calendrier' }).first().click();
  await expect(page.getByText('novembre 2026')).toBeVisible();
  await expectNoViolations(page, 'audit filters with the calendar open, in French (dark)');
  await page.keyboard.press('Escape');
  await expect(page.getByText('novembre 2026')).toBeHidden();
  // A day picked with the mouse fills the field the same way.
  await page.getByRole('button', { name: 'Choisir dans un calendrier' }).first().click();
  await page.getByRole('button', { name: '15 novembre 2026' }).click();
  await expect(from).toHaveValue('15 nov. 2026');
  await expect(page.getByText('novembre 2026')).toBeHidden();

  const to = page.getByLabel('Au', { exact: true });
  await to.fill('31/02/2026');
  await to.press('Tab');
  await expect(to).toHaveValue('31/02/2026');
  await expect(to).toHaveAccessibleDescription(/Entrez une date réelle/);
});
