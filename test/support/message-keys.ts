import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The message keys the renderer can translate (renderer/i18n/en/<area>.json, flattened to
// "area.key"), so a test can tell a message key from raw validator English.

const EN_DIR = resolve(__dirname, '../../renderer/i18n/en');

function flatten(value: unknown, prefix: string, into: Set<string>): Set<string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, `${prefix}.${key}`, into);
  } else into.add(prefix);
  return into;
}

export const MESSAGE_KEYS: ReadonlySet<string> = (() => {
  const keys = new Set<string>();
  for (const file of readdirSync(EN_DIR).filter((name) => name.endsWith('.json'))) {
    flatten(JSON.parse(readFileSync(join(EN_DIR, file), 'utf8')), file.replace(/\.json$/, ''), keys);
  }
  return keys;
})();

/** Every field message that is not a translatable key (empty when all are). */
export function untranslatableFieldMessages(fieldErrors: Record<string, string[]> | undefined): string[] {
  return Object.entries(fieldErrors ?? {}).flatMap(([field, messages]) => messages.filter((message) => !MESSAGE_KEYS.has(message)).map((message) => `${field}: ${message}`));
}
