import type { EntityManager } from 'typeorm';
import type { AuditAction } from '../../../shared/contract/audit';
import type { Actor } from '../context';
import { newId } from '../ids';
import { AuditChainHeadEntity } from './audit-chain-head.entity';
import { AuditEventEntity } from './audit-event.entity';
import { GENESIS_HASH, hashAuditRow } from './audit-hash';

const HEAD_ID = 'head';

export interface AuditEntry {
  action: AuditAction;
  actor: Actor | null;
  entityType?: string;
  entityId?: string;
  residentId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends one row to the hash-chained trail. Call it with the same EntityManager as the change it
 * records, so the change and its audit row commit or roll back together.
 */
export async function appendAudit(manager: EntityManager, occurredAt: string, entry: AuditEntry): Promise<AuditEventEntity> {
  const head = await manager.findOneBy(AuditChainHeadEntity, { id: HEAD_ID });
  const row: Omit<AuditEventEntity, 'hash'> = {
    id: newId(),
    seq: (head?.lastSeq ?? 0) + 1,
    occurredAt,
    action: entry.action,
    actorAccountId: entry.actor?.accountId ?? null,
    actorStaffId: entry.actor?.staffId ?? null,
    actorName: entry.actor?.displayName ?? null,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    residentId: entry.residentId ?? null,
    details: JSON.stringify(entry.details ?? {}),
    prevHash: head?.lastHash ?? GENESIS_HASH,
  };
  const saved = manager.create(AuditEventEntity, { ...row, hash: hashAuditRow(row) });
  await manager.insert(AuditEventEntity, saved);
  await manager.save(AuditChainHeadEntity, { id: HEAD_ID, lastSeq: saved.seq, lastHash: saved.hash });
  return saved;
}

/** Field-by-field changes for the trail: { field: [old, new] } for the fields that differ. */
export function diffFields<T extends object>(before: T, after: T, fields: ReadonlyArray<keyof T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of fields) {
    if (before[field] !== after[field]) changes[String(field)] = [before[field], after[field]];
  }
  return changes;
}
