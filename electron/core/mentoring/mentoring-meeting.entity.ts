import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { MentoringPairEntity } from './mentoring-pair.entity';

/** One logged mentoring meeting. Appended, never edited. */
@Entity({ name: 'mentoring_meetings' })
@Index('idx_mentoring_meetings_pair', ['pairId', 'heldOn'])
export class MentoringMeetingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'pair_id' }) pairId: string;
  @ManyToOne(() => MentoringPairEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'pair_id' }) pair?: MentoringPairEntity;
  @Column({ type: 'varchar', length: 10, name: 'held_on' }) heldOn: string;
  @Column({ type: 'integer', name: 'duration_minutes' }) durationMinutes: number;
  /** JSON array of short topics. */
  @Column({ type: 'simple-json' }) topics: string[];
  /** Shown only to the mentor and clinical staff (mentoring-access.ts). */
  @Column({ type: 'text', name: 'private_note', nullable: true }) privateNote: string | null;
  @Column({ type: 'varchar', length: 30, name: 'recorded_at' }) recordedAt: string;
  @Column({ type: 'varchar', length: 36, name: 'recorded_by_staff_id', nullable: true }) recordedByStaffId: string | null;
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'recorded_by_staff_id' }) recordedBy?: StaffMemberEntity | null;
}
