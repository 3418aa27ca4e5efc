import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ResidentEntity } from '../residents/resident.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';

/** A peer support specialist mentoring a resident from `startsOn`; ended with a date and a reason, never deleted. */
@Entity({ name: 'mentoring_pairs' })
@Index('idx_mentoring_pairs_mentor', ['mentorStaffId'])
@Index('idx_mentoring_pairs_resident', ['residentId'])
export class MentoringPairEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'mentor_staff_id' }) mentorStaffId: string;
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'mentor_staff_id' }) mentor?: StaffMemberEntity;
  @Column({ type: 'varchar', length: 36, name: 'resident_id' }) residentId: string;
  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'resident_id' }) resident?: ResidentEntity;
  @Column({ type: 'varchar', length: 10, name: 'starts_on' }) startsOn: string;
  @Column({ type: 'varchar', length: 10, name: 'ends_on', nullable: true }) endsOn: string | null;
  @Column({ type: 'text', name: 'end_reason', nullable: true }) endReason: string | null;
  @Column({ type: 'varchar', length: 30, name: 'created_at' }) createdAt: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
  @Column({ type: 'integer', default: 1 }) version: number;
}
