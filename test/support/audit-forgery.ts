import type { DataSource } from 'typeorm';
import type { AuditEventEntity } from '../../electron/core/audit/audit-event.entity';
import { GENESIS_HASH, hashAuditRow, type HashedContent } from '../../electron/core/audit/audit-hash';

// What someone with the database file, a database tool and Hearth's source code (but not the
// audit key) can do to the trail. The tamper tests use these to check that each is detected.

type Queryable = Pick<DataSource, 'query'>;

/** A raw audit row (snake_case columns) as the content its hash is computed from. */
export function toEntity(row: Record<string, unknown>): HashedContent {
  return {
    id: String(row.id),
    seq: Number(row.seq),
    occurredAt: String(row.occurred_at),
    action: row.action as AuditEventEntity['action'],
    actorAccountId: (row.actor_account_id as string | null) ?? null,
    actorStaffId: (row.actor_staff_id as string | null) ?? null,
    actorName: (row.actor_name as string | null) ?? null,
    entityType: (row.entity_type as string | null) ?? null,
    entityId: (row.entity_id as string | null) ?? null,
    residentId: (row.resident_id as string | null) ?? null,
    details: String(row.details),
    prevHash: String(row.prev_hash),
    hashKind: row.hash_kind as AuditEventEntity['hashKind'],
    keyId: (row.key_id as string | null) ?? null,
  };
}

/** Sets the chain head inside the database to the trail's current newest row. */
export async function rewriteChainHead(db: Queryable): Promise<void> {
  const [newest] = await db.query<Array<{ seq: number; hash: string }>>('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  await db.query("INSERT OR REPLACE INTO audit_chain_head (id, last_seq, last_hash) VALUES ('head', ?, ?)", [newest?.seq ?? 0, newest?.hash ?? GENESIS_HASH]);
}

/** Recomputes every row's hash as unkeyed SHA-256, and the chain head: the chain alone then holds. */
export async function rebuildChainUnkeyed(db: Queryable): Promise<void> {
  const rows = await db.query<Array<Record<string, unknown>>>('SELECT * FROM audit_events ORDER BY seq');
  let previousHash = GENESIS_HASH;
  for (const row of rows) {
    const hash = hashAuditRow({ ...toEntity(row), prevHash: previousHash, hashKind: 'sha256', keyId: null });
    await db.query("UPDATE audit_events SET prev_hash = ?, hash = ?, hash_kind = 'sha256', key_id = NULL WHERE seq = ?", [previousHash, hash, row.seq]);
    previousHash = hash;
  }
  await rewriteChainHead(db);
}

/**
 * Appends a row whose unkeyed SHA-256 is correct, linked to the newest row, and moves the head:
 * a forgery today, and how every row was written before issue 12 (upgrade.test.ts).
 */
export async function appendUnkeyedRow(db: Queryable, fields: { id: string; action: string; details?: string }): Promise<number> {
  const [newest] = await db.query<Array<{ seq: number; hash: string }>>('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  const row: HashedContent = {
    id: fields.id,
    seq: (newest?.seq ?? 0) + 1,
    occurredAt: '2026-11-23T15:00:00.000Z',
    action: fields.action as AuditEventEntity['action'],
    actorAccountId: null,
    actorStaffId: null,
    actorName: 'Somebody',
    entityType: null,
    entityId: null,
    residentId: null,
    details: fields.details ?? '{}',
    prevHash: newest?.hash ?? GENESIS_HASH,
    hashKind: 'sha256',
    keyId: null,
  };
  await db.query(
    `INSERT INTO audit_events (id, seq, occurred_at, action, actor_account_id, actor_staff_id, actor_name, entity_type, entity_id, resident_id, details, prev_hash, hash)
     VALUES (?, ?, ?, ?, NULL, NULL, ?, NULL, NULL, NULL, ?, ?, ?)`,
    [row.id, row.seq, row.occurredAt, row.action, row.actorName, row.details, row.prevHash, hashAuditRow(row)],
  );
  await rewriteChainHead(db);
  return row.seq;
}
