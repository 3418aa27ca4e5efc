import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AttendanceStatus, EngagementLevel } from '../../../shared/contract/attendance';
import { ResidentEntity } from '../residents/resident.entity';
import { OccurrenceEntity } from '../schedule/sessions/occurrence.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';

/**
 * One resident's attendance at one occurrence (at most one mark each). Corrections update the row
 * through the versioned update and write an audit row holding the previous and new values: the
 * hash-chained audit trail is the append-only history of a mark (no second history table to keep
 * in step with it). An occurrence with marks is never deleted (restrict): the schedule keeps it.
 */
@Entity({ name: 'attendance_marks' })
@Index('idx_attendance_marks_occurrence_resident', ['occurrenceId', 'residentId'], { unique: true })
@Index('idx_attendance_marks_resident', ['residentId'])
export class AttendanceMarkEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'occurrence_id' }) occurrenceId: string;
  @ManyToOne(() => OccurrenceEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'occurrence_id' }) occurrence?: OccurrenceEntity;
  @Column({ type: 'varchar', length: 36, name: 'resident_id' }) residentId: string;
  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'resident_id' }) resident?: ResidentEntity;
  @Column({ type: 'varchar', length: 20 }) status: AttendanceStatus;
  @Column({ type: 'varchar', length: 200, nullable: true }) reason: string | null;
  /** Only for non-clinical activity types. */
  @Column({ type: 'varchar', length: 20, nullable: true }) engagement: EngagementLevel | null;
  /** Came without being on the roster (and was added to the occurrence's participants then). */
  @Column({ type: 'boolean', name: 'walk_in' }) walkIn: boolean;
  /** The latest recording (first mark or correction); the first is in the audit trail. */
  @Column({ type: 'varchar', length: 30, name: 'recorded_at' }) recordedAt: string;
  @Column({ type: 'varchar', length: 36, name: 'recorded_by_staff_id', nullable: true }) recordedByStaffId: string | null;
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'recorded_by_staff_id' }) recordedBy?: StaffMemberEntity | null;
  @Column({ type: 'integer', default: 1 }) version: number;
}
