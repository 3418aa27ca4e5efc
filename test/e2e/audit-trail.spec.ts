import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ADMIN, mainNavigation, signInAsAdmin, uniqueName } from './support/app';
import { admitResident, invokeInPage } from './support/invoke';

test('managers see who did what, filter it by action, verify that the trail is intact (keyed, head file agreeing) and check a noted fingerprint', async ({ page }) => {
  await signInAsAdmin(page);
  await mainNavigation(page).getByRole('link', { name: 'Audit trail' }).click();
  const trail = page.getByRole('table', { name: /Audit events, newest first/ });
  await expect(trail.getByRole('row').nth(1)).toBeVisible();

  await page.getByLabel('Action').selectOption({ label: 'Signed in' });
  // Only the header row lacks the chosen action once the filter applies.
  await expect(trail.getByRole('row').filter({ hasNotText: 'Signed in' })).toHaveCount(1);
  // Other tests sign people in at the same time, so look for this administrator's row, not the newest.
  await expect(trail.getByRole('row').filter({ hasText: `${ADMIN.firstName} ${ADMIN.lastName}` }).first()).toContainText('Signed in');
  await expect(trail.getByRole('row').filter({ hasText: 'Record created' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Verify audit trail' }).click();
  await expect(page.getByText(/Audit trail intact \(\d+ rows checked\)/)).toBeVisible();
  // Every row signed with this computer's key, and the head file kept outside the database agrees.
  await expect(page.getByRole('list', { name: 'How the rows are protected' })).toContainText(/^Rows #1–#\d+ are signed with this computer's audit key \([0-9a-f]{16}\): every row is checked\.$/);
  await expect(page.getByRole('list', { name: 'Records of the trail kept outside the database' })).toContainText(/The head file agrees \(row #\d+\)\./);

  // The newest row's fingerprint, noted on paper, checks out later; a wrong one does not.
  const shown = await page.getByText(/Fingerprint of row #\d+: /).textContent();
  const [, row, fingerprint] = /#(\d+): ([0-9A-F-]{19})/.exec(shown!)!;
  const check = page.getByRole('form', { name: 'Check a noted fingerprint' });
  await check.getByLabel('Row number').fill(row);
  await check.getByLabel('Fingerprint').fill(fingerprint.toLowerCase());
  await check.getByRole('button', { name: 'Check fingerprint' }).click();
  await expect(check.getByRole('status')).toHaveText(`The fingerprint of row #${row} matches: the trail up to that row is the one that was noted.`);

  await check.getByLabel('Fingerprint').fill('0000-0000-0000-0000');
  await check.getByRole('button', { name: 'Check fingerprint' }).click();
  await expect(check.getByRole('alert')).toContainText(`The fingerprint of row #${row} does not match`);

  await check.getByLabel('Fingerprint').fill('not one');
  await check.getByRole('button', { name: 'Check fingerprint' }).click();
  await expect(check.getByLabel('Fingerprint')).toHaveAccessibleDescription(/Enter the 16 letters and digits of the fingerprint/);
});

test('a person can sign in and reach the register with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('User name').focus();
  await page.keyboard.type(ADMIN.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(mainNavigation(page)).toBeVisible();
  const residents = mainNavigation(page).getByRole('link', { name: 'Residents' });
  await residents.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Residents', level: 1 })).toBeVisible();
});

test('a manager exports the filtered trail as a CSV file, and the export itself shows in the trail', async ({ page }) => {
  await signInAsAdmin(page);
  await mainNavigation(page).getByRole('link', { name: 'Audit trail' }).click();
  await page.getByLabel('Action').selectOption({ label: 'Signed in' });
  const trail = page.getByRole('table', { name: /Audit events, newest first/ });
  await expect(trail.getByRole('row').filter({ hasNotText: 'Signed in' })).toHaveCount(1);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^hearth-audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  const [header, ...lines] = csv.replace(/^\ufeff/, '').trim().split('\r\n');
  expect(header).toBe('seq,occurred_at_utc,occurred_at_centre,person,action,record_type,record_id,resident_id,details');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toContain(',auth.signIn,');
  expect(lines.some((line) => line.includes(`${ADMIN.firstName} ${ADMIN.lastName}`))).toBe(true);
  await expect(page.getByText(/Exported \d+ rows to hearth-audit-trail-/)).toBeVisible();

  await page.getByLabel('Action').selectOption({ label: 'Exported' });
  await expect(trail.getByRole('row').nth(1)).toContainText(`${ADMIN.firstName} ${ADMIN.lastName}`);
  await expect(trail.getByRole('row').nth(1)).toContainText('Audit trail');
});

test('the audit trail shows 200 rows a page, says which of how many, pages on, and keeps its page in the address', async ({ page }) => {
  await signInAsAdmin(page);
  // More than one page of rows, whatever the other tests have written so far.
  const total = async () => (await invokeInPage<{ total: number }>(page, 'audit.list', { limit: 1 })).total;
  const lastName = uniqueName('Trail');
  for (let i = 0, missing = 201 - (await total()); i < missing; i += 1) await admitResident(page, `T${i}`, lastName);

  await mainNavigation(page).getByRole('link', { name: 'Audit trail' }).click();
  const trail = page.getByRole('table', { name: /Audit events, newest first/ });
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.getByText(/^1–200 of [\d,]+$/)).toBeVisible();
  await expect(trail.locator('tbody > tr')).toHaveCount(200);
  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(pages.getByText(/^201–[\d,]+ of [\d,]+$/)).toBeVisible();
  expect(page.url()).toContain('offset=200');

  // Back and forward step between the pages; a new filter starts again at the first.
  await page.goBack();
  await expect(pages.getByText(/^1–200 of [\d,]+$/)).toBeVisible();
  await page.goForward();
  await expect(pages.getByText(/^201–[\d,]+ of [\d,]+$/)).toBeVisible();
  await page.getByLabel('Action').selectOption({ label: 'Signed in' });
  await expect(pages.getByText(/^1–[\d,]+ of [\d,]+$/)).toBeVisible();
  expect(page.url()).not.toContain('offset=');
});
