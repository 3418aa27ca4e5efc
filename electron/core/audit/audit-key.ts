import { createHmac, randomBytes } from 'node:crypto';

/** 256 bits: the size of HMAC-SHA256's block-reduced key, more than any brute force reaches. */
export const AUDIT_KEY_BYTES = 32;

export function newAuditKey(): Buffer {
  return randomBytes(AUDIT_KEY_BYTES);
}

/**
 * A short public name for a key, stored in every row it signs: it tells which key a row needs
 * without revealing anything about the key (a one-way derivation, never the key's own bytes).
 */
export function auditKeyIdOf(secret: Buffer): string {
  return createHmac('sha256', secret).update('hearth audit key id').digest('hex').slice(0, 16);
}

/** The keys a verification can use, by key id. */
export type AuditKeyRing = ReadonlyMap<string, Buffer>;

export function keyRingOf(secret: Buffer | null): AuditKeyRing {
  return secret ? new Map([[auditKeyIdOf(secret), secret]]) : new Map();
}
