import type { ParseKeys, TFunction } from 'i18next';
import { englishCatalog } from './resources';

// Most keys are written in the code and checked by the compiler (i18next.d.ts). Some arrive as
// data: the core's `problems.*` / `validation.*` message keys over IPC, codes stored in audit
// details. Those are checked here, at run time, against the English catalog's keys.

/** Any message of the catalogs, e.g. 'residents.list.title'. */
export type MessageKey = ParseKeys;

/** Every dotted key that names one message under `value`, each starting with `prefix`. */
export function leafKeys(value: unknown, prefix: string, into: Set<string>): Set<string> {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leafKeys(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.add(prefix);
  }
  return into;
}

const KNOWN_KEYS: ReadonlySet<string> = leafKeys(englishCatalog, '', new Set());

/** True for a key that names one message (not a group of them) in the catalogs. */
export function isMessageKey(key: string): key is MessageKey {
  return KNOWN_KEYS.has(key);
}

/**
 * A key that came as data, in the person's language; `fallback` (the core's English sentence, a
 * stored code) when this build has no such message.
 */
export function translateMessageKey(t: TFunction, key: string, fallback: string, params: Record<string, unknown> = {}): string {
  return isMessageKey(key) ? t(key, params) : fallback;
}
