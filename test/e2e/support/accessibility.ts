import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA rules, on the whole page as it is now. */
export async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(summary, `accessibility violations on ${screen}`).toEqual([]);
}

export const COLOR_SCHEMES = ['light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

/**
 * Opens every page of this page's context in `scheme`, as if the person had chosen it with the
 * theme button (Mantine keeps that choice in localStorage under this key).
 */
export async function openInColorScheme(page: Page, scheme: ColorScheme): Promise<void> {
  await page.context().addInitScript((value) => globalThis.localStorage.setItem('mantine-color-scheme-value', value), scheme);
}

/** The page is drawn in `scheme` (so its axe check is about that scheme's colours). */
export async function expectColorScheme(page: Page, scheme: ColorScheme): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
}
