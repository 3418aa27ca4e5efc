import type { TFunction } from 'i18next';
import type { PaperSize, RosterPrintBase } from '../../../shared/contract/rosters';
import { formatInstant, type DateLanguage } from '../../../shared/dates';

// Paper that looks like paper. Each language gets a named page (`roster-en`, `roster-fr`): its
// footer is in the margin boxes of CSS paged media, which Chromium (131 and later) prints on every
// sheet with the page counters, so "page x of y" and the audit fingerprint are on every sheet, in
// the sheet's own language. A sheet section names its page (`page: roster-fr`), and each section
// starts a new sheet (`break-before: page`). Nothing of the app's frame prints.

const PAPER: Record<PaperSize, string> = { letter: 'letter', a4: 'A4' };

/** Any text as a CSS string's content: everything but plain letters, digits and spaces as a CSS escape. */
export function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} ,.:;()#\-–]/gu, (character) => `\\${character.codePointAt(0)?.toString(16) ?? '20'} `)}"`;
}

/** The footer's words in one language: who printed, when, and the trail's fingerprint. */
export function footerLine(t: TFunction, base: RosterPrintBase, language: DateLanguage): string {
  const printed = t('rosters.footer.printedBy', { name: base.printedBy, when: formatInstant(base.printedAt, base.timeZone, language) });
  const witness = base.auditFingerprint ? t('rosters.footer.fingerprint', { seq: base.auditFingerprint.seq, fingerprint: base.auditFingerprint.fingerprint }) : t('rosters.footer.noFingerprint');
  return `${printed} · ${witness}`;
}

function pageRule(language: DateLanguage, t: TFunction, base: RosterPrintBase): string {
  return `@page roster-${language} {
  size: ${PAPER[base.paperSize]} portrait;
  margin: 12mm 12mm 16mm 12mm;
  @bottom-left { content: ${cssString(footerLine(t, base, language))}; font: 7.5pt sans-serif; color: #000; }
  @bottom-right { content: ${cssString(t('rosters.footer.page'))} " " counter(page) " " ${cssString(t('rosters.footer.of'))} " " counter(pages); font: 7.5pt sans-serif; color: #000; }
}`;
}

const SHEET_CSS = `
.roster-sheet { background: #fff; color: #000; padding: 12mm; margin-bottom: 16px; box-shadow: 0 0 0 1px #ced4da; max-width: 210mm; }
.roster-sheet h1 { font-size: 14pt; margin: 0 0 2pt 0; }
.roster-sheet .roster-meta { font-size: 9pt; margin: 0 0 8pt 0; }
.roster-sheet h2 { font-size: 11pt; margin: 10pt 0 4pt 0; }
.roster-sheet table { width: 100%; border-collapse: collapse; font-size: 9pt; }
.roster-sheet th, .roster-sheet td { border: 0.5pt solid #000; padding: 3pt 4pt; text-align: start; vertical-align: top; color: #000; }
.roster-sheet thead { display: table-header-group; }
.roster-sheet tr { break-inside: avoid; }
.roster-sheet .roster-cancelled td { text-decoration: line-through; }
.roster-sheet .roster-cancelled td.roster-notes { text-decoration: none; font-weight: 700; }
.roster-sheet .roster-sign-row td { height: 22pt; }
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, [data-print-hidden] { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  html, body, .mantine-AppShell-root, .mantine-AppShell-main { background: #fff !important; color: #000 !important; }
  .roster-sheet { box-shadow: none; padding: 0; margin: 0; max-width: none; }
  .roster-sheet + .roster-sheet { break-before: page; }
}`;

/** The page rules for both languages (a print may mix them) and the sheet's look. */
export function PrintStyles({ base, fixedT, lastLanguage }: { base: RosterPrintBase; fixedT: (language: DateLanguage) => TFunction; lastLanguage: DateLanguage }) {
  // The page itself is on the last sheet's named page: whatever follows that sheet in the document
  // (even empty) would otherwise switch to the default page and print a blank last sheet.
  const documentPage = `@media print { html, body { page: roster-${lastLanguage}; } }`;
  const css = `${pageRule('en', fixedT('en'), base)}\n${pageRule('fr', fixedT('fr'), base)}\n${SHEET_CSS}\n${documentPage}`;
  return <style>{css}</style>;
}
