import { defineConfig } from '@playwright/test';
import { DAMAGED_URL, DEV_BUILD_URL, MAIN_URL, QUICK_LOCK_SECONDS, QUICK_LOCK_URL } from './test/e2e/support/servers';
import { findChromium } from './test/e2e/support/chromium-path';

// End-to-end tests drive the real renderer in Chromium against the browser preview, which runs the
// same core as Electron on a fresh SQLite file. Four previews: the main one, one whose screen
// locks after a few idle seconds, one whose database file is damaged, and one serving the renderer
// built with React's development build (so StrictMode runs effects twice, as in `npm run dev`).
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: MAIN_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium() },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'first-run', testMatch: /.*\.setup\.ts/ },
    { name: 'app', testMatch: /.*\.spec\.ts/, dependencies: ['first-run'] },
    { name: 'audit-check', testMatch: /audit-verification\.check\.ts/, dependencies: ['app'] },
  ],
  webServer: [
    {
      command: 'node test/e2e/support/start-preview.mjs 4319 .tmp/e2e-main',
      url: `${MAIN_URL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node test/e2e/support/start-preview.mjs 4320 .tmp/e2e-quick-lock --idle-lock-seconds ${QUICK_LOCK_SECONDS}`,
      url: `${QUICK_LOCK_URL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'node test/e2e/support/start-preview.mjs 4321 .tmp/e2e-damaged --damaged',
      url: `${DAMAGED_URL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'npx vite build --config test/e2e/support/dev-renderer.vite.config.ts --logLevel warn && node test/e2e/support/start-preview.mjs 4322 .tmp/e2e-dev-build --renderer out/renderer-dev',
      url: `${DEV_BUILD_URL}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
