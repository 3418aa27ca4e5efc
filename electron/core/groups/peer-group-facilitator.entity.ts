import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { FacilitatorRole } from '../../../shared/contract/groups';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { PeerGroupEntity } from './peer-group.entity';

/** Who leads a group, and how: the group's edits replace these links (the audit row keeps the old ones). */
@Entity({ name: 'peer_group_facilitators' })
@Index('idx_peer_group_facilitators_staff', ['staffId'])
export class PeerGroupFacilitatorEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'group_id' }) groupId: string;
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'staff_id' }) staffId: string;
  @Column({ type: 'varchar', length: 20 }) role: FacilitatorRole;
  @ManyToOne(() => PeerGroupEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'group_id' }) group?: PeerGroupEntity;
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'staff_id' }) staff?: StaffMemberEntity;
}
