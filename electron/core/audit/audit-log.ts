import type { EntityManager } from 'typeorm';
import { fingerprintOf, type AuditFingerprint } from '../../../shared/audit-fingerprint';
import type { AuditAction } from '../../../shared/contract/audit';
import type { Actor } from '../context';
import { newId } from '../ids';
import { AuditChainHeadEntity } from './audit-chain-head.entity';
import { AuditEventEntity } from './audit-event.entity';
import { GENESIS_HASH, KEYED, macAuditRow, type HashedContent } from './audit-hash';
import { auditSignerOf, type AuditSigner } from './audit-signer';

const HEAD_ID = 'head';

/** The newest row's fingerprint, as printed rosters carry it (null while the trail is empty). */
export async function auditHeadFingerprint(manager: EntityManager): Promise<AuditFingerprint | null> {
  const head = await manager.findOneBy(AuditChainHeadEntity, { id: HEAD_ID });
  return head && head.lastSeq > 0 ? { seq: head.lastSeq, fingerprint: fingerprintOf(head.lastHash) } : null;
}

export interface AuditEntry {
  action: AuditAction;
  actor: Actor | null;
  entityType?: string;
  entityId?: string;
  residentId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends one row to the hash-chained trail, signed with the installation's audit key (found from
 * the manager's DataSource, registered by createCore). Call it with the same EntityManager as the
 * change it records, so the change and its audit row commit or roll back together.
 */
export async function appendAudit(manager: EntityManager, occurredAt: string, entry: AuditEntry): Promise<AuditEventEntity> {
  return appendSigned(manager, auditSignerOf(manager.connection), occurredAt, entry);
}

/**
 * When the trail's newest row is unkeyed (written before the upgrade) or keyed with another key
 * (the key was lost, or the database came from another computer without it), the first row under
 * this key announces it: verification then knows where the new segment starts and that it was
 * started openly. Returns the announcement, or null when none was needed.
 */
export async function announceAuditKey(manager: EntityManager, signer: AuditSigner, occurredAt: string): Promise<AuditEventEntity | null> {
  const head = await manager.findOneBy(AuditChainHeadEntity, { id: HEAD_ID });
  if (!head || head.lastSeq === 0) return null; // an empty trail starts keyed: nothing to announce
  const newest = await manager.findOneBy(AuditEventEntity, { seq: head.lastSeq });
  if (newest?.hashKind === KEYED && newest.keyId === signer.keyId) return null;
  return appendSigned(manager, signer, occurredAt, {
    action: 'audit.keyStarted',
    actor: null,
    details: { keyId: signer.keyId, previousKeyId: newest?.keyId ?? null },
  });
}

async function appendSigned(manager: EntityManager, signer: AuditSigner, occurredAt: string, entry: AuditEntry): Promise<AuditEventEntity> {
  const head = await manager.findOneBy(AuditChainHeadEntity, { id: HEAD_ID });
  const row: HashedContent = {
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
    hashKind: KEYED,
    keyId: signer.keyId,
  };
  const saved = manager.create(AuditEventEntity, { ...row, hash: macAuditRow(signer.secret, row) });
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
