import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { WaitlistOutcome } from '../../../shared/contract/groups';
import { ResidentEntity } from '../residents/resident.entity';
import { PeerGroupEntity } from './peer-group.entity';

/**
 * A place in a group's waitlist. The order is when the entry was recorded (`added_at`, then id);
 * an entry is closed (enrolled, withdrawn, discharged), never deleted.
 */
@Entity({ name: 'group_waitlist_entries' })
@Index('idx_group_waitlist_group', ['groupId', 'addedAt'])
@Index('idx_group_waitlist_resident', ['residentId'])
export class WaitlistEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'group_id' }) groupId: string;
  @ManyToOne(() => PeerGroupEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'group_id' }) group?: PeerGroupEntity;
  @Column({ type: 'varchar', length: 36, name: 'resident_id' }) residentId: string;
  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'resident_id' }) resident?: ResidentEntity;
  @Column({ type: 'varchar', length: 10, name: 'added_on' }) addedOn: string;
  @Column({ type: 'varchar', length: 30, name: 'added_at' }) addedAt: string;
  @Column({ type: 'varchar', length: 36, name: 'added_by_staff_id', nullable: true }) addedByStaffId: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) outcome: WaitlistOutcome | null;
  @Column({ type: 'varchar', length: 30, name: 'closed_at', nullable: true }) closedAt: string | null;
  @Column({ type: 'varchar', length: 36, name: 'closed_by_staff_id', nullable: true }) closedByStaffId: string | null;
}
