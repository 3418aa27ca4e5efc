import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { uniqueName } from './app';

/**
 * The print view at `address` as Chromium prints it (page.pdf with the view's own @page size and
 * margin boxes), saved in `folder`, and its text page by page through poppler's pdftotext.
 */
export async function printToPages(page: Page, folder: string, address: string, ready: string): Promise<string[]> {
  await page.goto(address);
  await expect(page.getByRole('heading', { name: ready }).first()).toBeVisible();
  const file = join(folder, `${uniqueName('print')}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
  return Array.from({ length: count }, (_, index) => execFileSync('pdftotext', ['-layout', '-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' }));
}
