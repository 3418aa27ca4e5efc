import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import i18next, { type TFunction } from 'i18next';

// A `t` over the real catalogs, built the way renderer/i18n/index.ts builds them (one namespace,
// file name = top-level key) but from the files on disk, so renderer helpers can be tested in node.

const I18N_DIR = resolve(__dirname, '../../../renderer/i18n');

export async function catalogT(language: 'en' | 'fr'): Promise<TFunction> {
  const translation: Record<string, unknown> = {};
  for (const file of readdirSync(join(I18N_DIR, language)).filter((name) => name.endsWith('.json'))) {
    translation[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(I18N_DIR, language, file), 'utf8'));
  }
  const instance = i18next.createInstance();
  await instance.init({ resources: { [language]: { translation } }, lng: language, interpolation: { escapeValue: false } });
  return instance.t;
}
