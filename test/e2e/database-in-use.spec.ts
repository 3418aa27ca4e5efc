import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { mainNavigation, signInAsAdmin } from './support/app';
import { expectColorScheme, expectNoViolations, openInColorScheme } from './support/accessibility';

// A second Hearth process pointed at the folder the main preview already has open (as if someone
// started the preview beside the app): it must show a screen saying so and write nothing.
test('a second Hearth on a data folder in use says so, offers nothing else, and the first keeps working', async ({ page }) => {
  const dataDir = resolve('.tmp/e2e-main');
  const second = spawn(process.execPath, ['out/main/preview.js', '--port', '0'], { env: { ...process.env, HEARTH_DATA_DIR: dataDir } });
  try {
    let stdout = '';
    let stderr = '';
    second.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((found, failed) => {
      second.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /Hearth preview: (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (match) found(match[1]);
      });
      second.on('exit', (code) => failed(new Error(`the second preview exited (${code}): ${stderr}`)));
    });
    expect(stderr).toContain('in use by another Hearth process');

    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Hearth is already open in another program' })).toBeVisible();
    await expect(page.getByText('hearth.sqlite', { exact: true })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(dataDir);
    await expect(page.getByText(/Opened by process \d+ on the computer/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Set up Hearth' })).toHaveCount(0);
    await expectNoViolations(page, 'database in use (light)');
    await openInColorScheme(page, 'dark');
    await page.reload();
    await expectColorScheme(page, 'dark');
    await expectNoViolations(page, 'database in use (dark)');
  } finally {
    second.kill('SIGTERM');
  }

  // The first preview still owns the folder and works as before.
  await signInAsAdmin(page);
  await expect(mainNavigation(page)).toBeVisible();
});
