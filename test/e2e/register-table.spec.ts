import { expect, test, type Page } from '@playwright/test';
import { mainNavigation, signInAsAdmin, uniqueName } from './support/app';

/** Admits residents through this page's own bridge (its token, its session), as the form would. */
async function admitThroughBridge(page: Page, lastName: string, count: number): Promise<void> {
  const token = await page.locator('meta[name="hearth-preview-token"]').getAttribute('content');
  for (let i = 0; i < count; i += 1) {
    const response = await page.request.post('/api/invoke', {
      headers: { 'X-Hearth-Token': token!, Origin: new URL(page.url()).origin },
      data: {
        name: 'residents.admit',
        input: {
          firstName: `P${String(i).padStart(2, '0')}`, lastName, preferredName: null, pronouns: null, dateOfBirth: `19${60 + (i % 30)}-05-05`,
          program: 'residential', language: 'en', house: null, room: null, emergencyContactName: null, emergencyContactRelationship: null,
          emergencyContactPhone: null, emergencyContactEmail: null, equineWaiverSignedOn: null, photoConsent: false, admissionDate: '2026-11-02', confirmNotDuplicate: true,
        },
      },
    });
    expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
  }
}

const bodyRows = (page: Page) => page.getByRole('table').locator('tbody > tr');

test('the register shows 50 residents a page, says which of how many, and pages forward and back', async ({ page }) => {
  await signInAsAdmin(page);
  const lastName = uniqueName('Paged');
  await admitThroughBridge(page, lastName, 53);
  await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
  await page.getByLabel('Search by name').fill(lastName);

  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.getByText('1–50 of 53')).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(50);
  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(pages.getByText('51–53 of 53')).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(3);
  await expect(pages.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await pages.getByRole('button', { name: 'First page' }).click();
  await expect(pages.getByText('1–50 of 53')).toBeVisible();
});

test('sorting is announced on the column header and runs from the keyboard', async ({ page }) => {
  await signInAsAdmin(page);
  const lastName = uniqueName('Sorted');
  await admitThroughBridge(page, lastName, 3);
  await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
  await page.getByLabel('Search by name').fill(lastName);
  await expect(bodyRows(page)).toHaveCount(3);

  const nameHeader = page.getByRole('columnheader', { name: 'Name' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('columnheader', { name: 'Date of birth' })).toHaveAttribute('aria-sort', 'none');
  await expect(bodyRows(page).first()).toContainText(`P00 ${lastName}`);
  await nameHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows(page).first()).toContainText(`P02 ${lastName}`);
});

test('arrow keys move between the register’s rows and Enter opens the resident of the row', async ({ page }) => {
  await signInAsAdmin(page);
  const lastName = uniqueName('Keyed');
  await admitThroughBridge(page, lastName, 3);
  await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
  await page.getByLabel('Search by name').fill(lastName);
  await expect(bodyRows(page)).toHaveCount(3);

  // The body is one tab stop: Tab from the last header button lands on the first row.
  await page.getByRole('columnheader', { name: 'Status' }).getByRole('button').focus();
  await page.keyboard.press('Tab');
  await expect(bodyRows(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // stays on the last row
  await expect(bodyRows(page).nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(bodyRows(page).nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: new RegExp(`P01 ${lastName}`) })).toBeVisible();
});

test('an address that points past the last page shows the last page instead of an empty one', async ({ page }) => {
  await signInAsAdmin(page);
  const lastName = uniqueName('Paged');
  await admitThroughBridge(page, lastName, 3);
  await page.goto(`/#/residents?search=${lastName}&offset=100`);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.getByText('1–3 of 3')).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(3);
  await expect(page).not.toHaveURL(/offset=/);
});
