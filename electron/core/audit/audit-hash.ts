import { createHash, createHmac } from 'node:crypto';
import type { AuditEventEntity } from './audit-event.entity';
import type { AuditKeyRing } from './audit-key';
import { UNKEYED } from './audit-hash-kind';

export { KEYED, UNKEYED, type AuditHashKind } from './audit-hash-kind';

/** The hash before the first row. */
export const GENESIS_HASH = '0'.repeat(64);

export type HashedContent = Omit<AuditEventEntity, 'hash'>;

/** Field order is fixed here, so the same content always hashes the same way. */
function contentOf(row: HashedContent, keyed: boolean): string {
  const fields: unknown[] = [
    row.seq,
    row.id,
    row.occurredAt,
    row.action,
    row.actorAccountId,
    row.actorStaffId,
    row.actorName,
    row.entityType,
    row.entityId,
    row.residentId,
    row.details,
  ];
  // A keyed row also covers its kind and key id, so neither can be swapped without the key.
  if (keyed) fields.push(row.hashKind, row.keyId);
  return JSON.stringify(fields);
}

/** The unkeyed hash of the rows written before issue 12 (and of forgeries in the tests). */
export function hashAuditRow(row: HashedContent): string {
  return createHash('sha256').update(row.prevHash).update('\n').update(contentOf(row, false)).digest('hex');
}

export function macAuditRow(secret: Buffer, row: HashedContent): string {
  return createHmac('sha256', secret).update(row.prevHash).update('\n').update(contentOf(row, true)).digest('hex');
}

/**
 * The hash `row` should carry: a string to compare, or null when it is keyed with a key this
 * computer does not have (its content cannot be checked, only its place in the chain).
 */
export function expectedHashOf(row: HashedContent, keys: AuditKeyRing): string | null {
  if (row.hashKind === UNKEYED) return hashAuditRow(row);
  const secret = row.keyId ? keys.get(row.keyId) : undefined;
  return secret ? macAuditRow(secret, row) : null;
}
