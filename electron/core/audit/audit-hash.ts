import { createHash } from 'node:crypto';
import type { AuditEventEntity } from './audit-event.entity';

/** The hash before the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** Field order is fixed here, so the same content always hashes the same way. */
export function hashAuditRow(row: Omit<AuditEventEntity, 'hash'>): string {
  const content = JSON.stringify([
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
  ]);
  return createHash('sha256').update(row.prevHash).update('\n').update(content).digest('hex');
}
