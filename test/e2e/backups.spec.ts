import { expect, test } from '@playwright/test';
import { ADMIN, mainNavigation, signInAsAdmin } from './support/app';
import { expectNoViolations } from './support/accessibility';

test('managers see where the backup copies are, make one now, and find it in the audit trail', async ({ page }) => {
  await signInAsAdmin(page);
  await mainNavigation(page).getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Backup folder' })).toHaveText(/e2e-main[\\/]backups$/);
  const copies = page.getByRole('table', { name: /Backup copies, newest first/ });
  await expect(copies).toHaveAttribute('aria-busy', 'false');
  await expectNoViolations(page, 'backups');

  await page.getByRole('button', { name: 'Back up now' }).click();
  const notification = page.getByText(/^Backup copy made: hearth-manual-.+\.sqlite$/);
  await expect(notification).toBeVisible();
  const fileName = (await notification.textContent())!.replace('Backup copy made: ', '');
  const row = copies.getByRole('row').filter({ hasText: fileName });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').nth(1)).toHaveText('Manual');
  await expect(row.getByRole('cell').nth(3)).toHaveText(/^\d+(\.\d)? (kB|MB|GB)$/);

  await mainNavigation(page).getByRole('link', { name: 'Audit trail' }).click();
  await page.getByLabel('Action').selectOption({ label: 'Database backed up' });
  const trail = page.getByRole('table', { name: /Audit events, newest first/ });
  const event = trail.getByRole('row').filter({ hasText: fileName });
  await expect(event).toHaveCount(1);
  await expect(event).toContainText(`${ADMIN.firstName} ${ADMIN.lastName}`);
  await expect(event).toContainText('Kind: Manual');
});
