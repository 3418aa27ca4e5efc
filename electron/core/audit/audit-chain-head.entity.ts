import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last link of the audit chain, updated in the same transaction as each append. Without it,
 * deleting the newest rows would leave a chain that still verifies.
 */
@Entity({ name: 'audit_chain_head' })
export class AuditChainHeadEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 }) id: string;
  @Column({ type: 'integer', name: 'last_seq' }) lastSeq: number;
  @Column({ type: 'varchar', length: 64, name: 'last_hash' }) lastHash: string;
}
