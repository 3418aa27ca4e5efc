import { expect, test } from '@playwright/test';
import { ADMIN, mainNavigation, signInAsAdmin } from './support/app';

test('the French switch shows the app in French, and the choice is remembered on this machine', async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
  const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
  await navigation.getByRole('link', { name: 'Résidents' }).click();
  await expect(page.getByRole('heading', { name: 'Résidents' })).toBeVisible();
  await expect(page.getByLabel('Rechercher par nom')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // In the preview a reload starts a new session: the sign-in screen comes back in French.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await page.getByLabel("Nom d'utilisateur").fill(ADMIN.username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(navigation).toBeVisible();

  await page.getByRole('radiogroup', { name: 'Langue' }).getByText('EN').click();
  await expect(mainNavigation(page).getByRole('link', { name: 'Residents' })).toBeVisible();
});
