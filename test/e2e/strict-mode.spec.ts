import { expect, test } from '@playwright/test';
import { setUpFirstAdministrator, uniqueName } from './support/app';
import { admitResident, recordOpenings } from './support/invoke';
import { DEV_BUILD_URL } from './support/servers';

// The fourth preview serves the renderer built with React's development build, where StrictMode
// renders twice and runs every effect twice: the opening of a record must still be recorded once.
test.use({ baseURL: DEV_BUILD_URL });

test('in the development build (StrictMode), opening a resident writes exactly one "record opened" row', async ({ page }) => {
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  await setUpFirstAdministrator(page);
  // Only React's development build says this: the test really runs it.
  expect(consoleLines.some((line) => line.includes('React DevTools'))).toBe(true);

  const lastName = uniqueName('Strictland');
  const id = await admitResident(page, 'Hugo', lastName);
  await page.goto(`/#/residents/${id}`);
  await expect(page.getByRole('heading', { name: `Hugo ${lastName}`, level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await recordOpenings(page, id)).toBe(1);
});
