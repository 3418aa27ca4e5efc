import { text } from './schemas/common';

/**
 * A row's fingerprint: the first 64 bits of its hash, as four groups of four hex digits, short
 * enough to copy onto paper. The hash chain shows edits made with a database tool; a person who
 * rebuilds the whole trail and recomputes every hash can hide them, unless someone noted a
 * fingerprint outside the computer (a printed roster, the backup log) and checks it later: a
 * rebuilt trail cannot reproduce it.
 */
export function fingerprintOf(hash: string): string {
  return hash.slice(0, 16).toUpperCase().match(/.{4}/g)!.join('-');
}

/** Accepts what a person copies back: any case, with or without the dashes and spaces. */
export const fingerprintText = text({ max: 40, typeMessage: 'validation.fingerprint', maxMessage: 'validation.fingerprint' })
  .transform((text) => text.replace(/[\s-]/g, '').toUpperCase())
  .refine((text) => /^[0-9A-F]{16}$/.test(text), { message: 'validation.fingerprint' })
  .transform((text) => fingerprintOf(text));

export interface AuditFingerprint {
  seq: number;
  fingerprint: string;
}
