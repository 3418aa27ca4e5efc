import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The browser for the end-to-end tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else a
 * Chromium Playwright downloaded itself. Playwright never downloads one here (no network for it).
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', safePlaywrightPath()];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to its executable.',
    );
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
