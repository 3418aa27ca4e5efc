import { test } from '@playwright/test';
import { setUpFirstAdministrator } from './support/app';
import { QUICK_LOCK_URL } from './support/servers';

// The quick-lock preview starts on its own empty database: it gets the same first administrator
// before any test signs in there, so no test has to guess which screen a fresh page will show.
test.use({ baseURL: QUICK_LOCK_URL });

test('the quick-lock preview gets its first administrator', async ({ page }) => {
  await setUpFirstAdministrator(page);
});
