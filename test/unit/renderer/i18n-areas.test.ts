import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leafKeys } from '../../../renderer/i18n/messageKeys';

// "No screen borrows another area's keys": a screen under renderer/features/<area>/ shows its own
// area's messages (renderer/i18n/<lang>/<area>.json) and the shared ones below, so rewording one
// screen never changes another. A text two areas need is copied into both catalogs.
// (The compiler checks that keys exist; this checks whose they are.)

/** Areas any screen may use: buttons and words of every screen, and messages that come as data. */
const SHARED_AREAS = ['common', 'validation', 'problems', 'errors'];

const FEATURES_DIR = resolve(__dirname, '../../../renderer/features');
const ENGLISH_DIR = resolve(__dirname, '../../../renderer/i18n/en');

const catalogAreas = readdirSync(ENGLISH_DIR).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));
const englishKeys = new Set<string>();
for (const area of catalogAreas) leafKeys(JSON.parse(readFileSync(join(ENGLISH_DIR, `${area}.json`), 'utf8')), area, englishKeys);

/**
 * The other areas' keys a source file names: in a `t(...)` call (also a template such as
 * t(`staff.roles.${role}`)), as a plain string that is a message key (a key kept in a map), or as
 * a template that builds one. Strings such as 'staff.read' (a permission) or 'residents.list' (an
 * operation) are not messages and are not counted.
 */
function borrowedKeys(ownArea: string, source: string, keys: ReadonlySet<string>, areas: readonly string[]): string[] {
  const others = areas.filter((area) => area !== ownArea && !SHARED_AREAS.includes(area));
  if (others.length === 0) return [];
  const area = `(?:${others.join('|')})`;
  const found = new Set<string>();
  for (const match of source.matchAll(new RegExp(`\\bt\\(\\s*['"\`](${area}\\.[^'"\`]*)`, 'g'))) found.add(match[1]);
  for (const match of source.matchAll(new RegExp(`['"\`](${area}\\.[A-Za-z0-9_.]+)['"\`]`, 'g'))) if (keys.has(match[1])) found.add(match[1]);
  for (const match of source.matchAll(new RegExp(`\`(${area}\\.[A-Za-z0-9_.]*\\$\\{[^\`]*)\``, 'g'))) found.add(match[1]);
  return [...found];
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const featureAreas = readdirSync(FEATURES_DIR).filter((name) => statSync(join(FEATURES_DIR, name)).isDirectory());

describe('i18n areas', () => {
  it('gives every screen area its own catalog', () => {
    expect(featureAreas.filter((area) => !catalogAreas.includes(area))).toEqual([]);
  });

  it.each(featureAreas)('keeps the %s screens to their own keys and the shared ones', (area) => {
    const borrowings = sourcesUnder(join(FEATURES_DIR, area)).flatMap((file) =>
      borrowedKeys(area, readFileSync(file, 'utf8'), englishKeys, catalogAreas).map((key) => `${file.slice(FEATURES_DIR.length + 1)}: ${key}`),
    );
    expect(borrowings).toEqual([]);
  });

  it("notices a screen that shows another area's message, however the key is written", () => {
    const source = [
      "label={t('residents.list.name')}",
      'roles.map((role) => t(`residents.status.${role}`))',
      "const LABELS = { name: 'residents.list.name' };",
      'const key = `residents.fields.${field}`;',
      "t('staff.title'); t('common.save'); t('validation.required'); useHearthQuery('residents.list'); can('residents.read');",
    ].join('\n');
    expect(borrowedKeys('staff', source, englishKeys, catalogAreas).sort()).toEqual(
      ['residents.fields.${field}', 'residents.list.name', 'residents.status.${role}'].sort(),
    );
  });
});
