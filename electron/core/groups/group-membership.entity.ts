import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { LeaveReason } from '../../../shared/contract/groups';
import { ResidentEntity } from '../residents/resident.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { PeerGroupEntity } from './peer-group.entity';

/**
 * One stretch of a resident's membership of a group, [joinedOn, leftOn). Appended when they join;
 * the leaving fields are written once, when they leave. Never deleted.
 */
@Entity({ name: 'group_memberships' })
@Index('idx_group_memberships_group', ['groupId', 'joinedOn'])
@Index('idx_group_memberships_resident', ['residentId'])
export class GroupMembershipEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'group_id' }) groupId: string;
  @ManyToOne(() => PeerGroupEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'group_id' }) group?: PeerGroupEntity;
  @Column({ type: 'varchar', length: 36, name: 'resident_id' }) residentId: string;
  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'resident_id' }) resident?: ResidentEntity;
  @Column({ type: 'varchar', length: 10, name: 'joined_on' }) joinedOn: string;
  @Column({ type: 'varchar', length: 10, name: 'left_on', nullable: true }) leftOn: string | null;
  @Column({ type: 'varchar', length: 20, name: 'leave_reason', nullable: true }) leaveReason: LeaveReason | null;
  @Column({ type: 'text', name: 'leave_note', nullable: true }) leaveNote: string | null;
  @Column({ type: 'varchar', length: 30, name: 'recorded_at' }) recordedAt: string;
  @Column({ type: 'varchar', length: 36, name: 'recorded_by_staff_id', nullable: true }) recordedByStaffId: string | null;
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'recorded_by_staff_id' }) recordedBy?: StaffMemberEntity | null;
  @Column({ type: 'varchar', length: 30, name: 'left_recorded_at', nullable: true }) leftRecordedAt: string | null;
  @Column({ type: 'varchar', length: 36, name: 'left_recorded_by_staff_id', nullable: true }) leftRecordedByStaffId: string | null;
}
