import { expect, test } from '@playwright/test';
import { RENDERER_CSP } from '../../electron/main/content-security-policy';
import { mainNavigation, signInAsAdmin } from './support/app';
import { MAIN_URL } from './support/servers';

test('the built page carries the strict Content-Security-Policy, and the preview sends the same one', async ({ page }) => {
  const response = await page.goto('/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', RENDERER_CSP);
  expect(response?.headers()['content-security-policy']).toMatch(new RegExp(`^${RENDERER_CSP.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(;|$)`));
});

test('without any header, as in the Electron window, the page’s own policy lets the app work and blocks an inline script', async ({ page }) => {
  // The Electron window loads the page from file://, where no server sends a policy: remove the preview's header.
  await page.route(`${MAIN_URL}/`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  const documentResponse = page.waitForResponse(`${MAIN_URL}/`);
  await signInAsAdmin(page);
  expect((await documentResponse).headers()['content-security-policy']).toBeUndefined();
  await expect(mainNavigation(page)).toBeVisible();
  expect(violations).toEqual([]);

  await page.addScriptTag({ content: 'document.documentElement.dataset.inlineRan = "yes"' }).catch(() => undefined);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.locator('html').getAttribute('data-inline-ran')).toBeNull();
});
