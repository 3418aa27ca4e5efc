import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { GroupKind } from '../../../shared/contract/groups';

/** A peer group. Made inactive, never deleted: its memberships keep pointing at it. */
@Entity({ name: 'peer_groups' })
export class PeerGroupEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 20 }) kind: GroupKind;
  @Column({ type: 'text', nullable: true }) focus: string | null;
  @Column({ type: 'integer' }) capacity: number;
  @Column({ type: 'boolean', name: 'open_enrolment' }) openEnrolment: boolean;
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ type: 'varchar', length: 30, name: 'created_at' }) createdAt: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
  @Column({ type: 'integer', default: 1 }) version: number;
}
