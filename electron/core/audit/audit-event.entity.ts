import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuditAction } from '../../../shared/contract/audit';
import type { AuditHashKind } from './audit-hash-kind';

/**
 * One row of the append-only audit trail. `hash` covers the row's content and the previous row's
 * hash, so changing or removing any past row breaks the chain (audit/verify-chain.ts). Since
 * migration 0003 it is an HMAC under the installation's audit key (audit-hash.ts).
 */
@Entity({ name: 'audit_events' })
@Index('idx_audit_events_occurred_at', ['occurredAt'])
@Index('idx_audit_events_actor', ['actorStaffId'])
@Index('idx_audit_events_resident', ['residentId'])
@Index('idx_audit_events_action', ['action'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  /** Position in the chain: 1, 2, 3 ... without gaps. */
  @Column({ type: 'integer', unique: true }) seq: number;
  @Column({ type: 'varchar', length: 30, name: 'occurred_at' }) occurredAt: string;
  @Column({ type: 'varchar', length: 40 }) action: AuditAction;
  @Column({ type: 'varchar', length: 36, name: 'actor_account_id', nullable: true }) actorAccountId: string | null;
  @Column({ type: 'varchar', length: 36, name: 'actor_staff_id', nullable: true }) actorStaffId: string | null;
  /** The name at the time, so the trail reads the same after a rename. */
  @Column({ type: 'varchar', length: 210, name: 'actor_name', nullable: true }) actorName: string | null;
  @Column({ type: 'varchar', length: 40, name: 'entity_type', nullable: true }) entityType: string | null;
  @Column({ type: 'varchar', length: 100, name: 'entity_id', nullable: true }) entityId: string | null;
  @Column({ type: 'varchar', length: 36, name: 'resident_id', nullable: true }) residentId: string | null;
  /** JSON object. */
  @Column({ type: 'text' }) details: string;
  @Column({ type: 'varchar', length: 64, name: 'prev_hash' }) prevHash: string;
  @Column({ type: 'varchar', length: 64 }) hash: string;
  /** `sha256` (written before the audit key existed) or `hmac-sha256`. */
  @Column({ type: 'varchar', length: 12, name: 'hash_kind', default: 'sha256' }) hashKind: AuditHashKind;
  /** The public id of the key of a keyed row (audit-key.ts), never the key. */
  @Column({ type: 'varchar', length: 16, name: 'key_id', nullable: true }) keyId: string | null;
}
