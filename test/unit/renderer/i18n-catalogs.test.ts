import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors';
import { englishCatalog } from '../../../renderer/i18n/resources';

// The renderer's catalogs (renderer/i18n/<language>/<area>.json) are loaded into one namespace
// whose top-level keys are the file names. These checks keep English and French in step, and make
// sure every message key the shared schemas (and so the core) can send has a translation.

const I18N_DIR = resolve(__dirname, '../../../renderer/i18n');
const SHARED_DIR = resolve(__dirname, '../../../shared');
const CORE_DIR = resolve(__dirname, '../../../electron/core');
const LANGUAGES = ['en', 'fr'];

type Catalog = Record<string, string>;

function flatten(value: unknown, prefix: string, into: Catalog): Catalog {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into[prefix] = typeof value === 'string' ? value : `<not a string: ${JSON.stringify(value)}>`;
  }
  return into;
}

function loadCatalog(language: string): Catalog {
  const catalog: Catalog = {};
  for (const file of readdirSync(join(I18N_DIR, language)).filter((name) => name.endsWith('.json'))) {
    const area = file.replace(/\.json$/, '');
    flatten(JSON.parse(readFileSync(join(I18N_DIR, language, file), 'utf8')), area, catalog);
  }
  return catalog;
}

function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFilesUnder(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const catalogs = Object.fromEntries(LANGUAGES.map((language) => [language, loadCatalog(language)]));

describe('i18n catalogs', () => {
  it('have the same areas (files) in every language', () => {
    const areas = LANGUAGES.map((language) => readdirSync(join(I18N_DIR, language)).sort());
    for (const other of areas.slice(1)) expect(other).toEqual(areas[0]);
  });

  it('types every catalog file (renderer/i18n/resources.ts lists them all for the compiler)', () => {
    const files = readdirSync(join(I18N_DIR, 'en')).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''));
    expect(Object.keys(englishCatalog).sort()).toEqual(files.sort());
  });

  it.each(LANGUAGES.flatMap((language) => LANGUAGES.filter((other) => other !== language).map((other) => [language, other])))(
    'every %s key also exists in %s',
    (language, other) => {
      const missing = Object.keys(catalogs[language]).filter((key) => !(key in catalogs[other]));
      expect(missing).toEqual([]);
    },
  );

  it.each(LANGUAGES)('%s has no empty message', (language) => {
    const empty = Object.entries(catalogs[language])
      .filter(([, message]) => message.trim() === '' || message.startsWith('<not a string'))
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('translates every validation message key used in shared/', () => {
    const used = new Set<string>();
    for (const file of tsFilesUnder(SHARED_DIR)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'(validation\.[a-zA-Z]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const language of LANGUAGES) {
      const missing = [...used].filter((key) => !(key in catalogs[language]));
      expect(missing, `missing in ${language}`).toEqual([]);
    }
  });

  it('translates every problem key the core sends (problems.*)', () => {
    const used = new Set<string>();
    const templated = new Set<string>();
    for (const file of tsFilesUnder(CORE_DIR)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/['"`](problems\.[A-Za-z.]*[A-Za-z])['"`]/g)) used.add(match[1]);
      // `problems.notFound.${what}`: the key is built at run time, so each prefix needs a subtree.
      for (const match of source.matchAll(/`(problems\.[A-Za-z.]+)\$\{/g)) templated.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const language of LANGUAGES) {
      const keys = Object.keys(catalogs[language]);
      const missing = [...used].filter((key) => !(key in catalogs[language]));
      expect(missing, `missing in ${language}`).toEqual([]);
      const missingPrefixes = [...templated].filter((prefix) => !keys.some((key) => key.startsWith(prefix)));
      expect(missingPrefixes, `no keys under these prefixes in ${language}`).toEqual([]);
    }
  });

  it('translates every record kind the core can report as not found', () => {
    for (const language of LANGUAGES) {
      const missing = ['resident', 'staff', 'account'].filter((what) => !(`problems.notFound.${what}` in catalogs[language]));
      expect(missing, `missing in ${language}`).toEqual([]);
    }
  });

  it('has a message for every error code', () => {
    for (const language of LANGUAGES) {
      const missing = ERROR_CODES.filter((code) => !(`errors.${code}` in catalogs[language]));
      expect(missing, `missing in ${language}`).toEqual([]);
    }
  });

  it('keeps interpolation placeholders the same across languages', () => {
    const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const [first, ...others] = LANGUAGES;
    for (const other of others) {
      const different = Object.keys(catalogs[first]).filter(
        (key) => key in catalogs[other] && JSON.stringify(placeholders(catalogs[first][key])) !== JSON.stringify(placeholders(catalogs[other][key])),
      );
      expect(different).toEqual([]);
    }
  });
});
