import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffMemberEntity } from '../../staff/staff-member.entity';
import type { AbsenceKind } from '../../../../shared/contract/staff-absences';

/** Days a staff member is away, both calendar days included. */
@Entity({ name: 'staff_absences' })
@Index('idx_staff_absences_staff', ['staffId', 'startsOn'])
export class StaffAbsenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'staff_id' }) staffId: string;
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'staff_id' }) staff?: StaffMemberEntity;
  @Column({ type: 'varchar', length: 20 }) kind: AbsenceKind;
  @Column({ type: 'varchar', length: 10, name: 'starts_on' }) startsOn: string;
  @Column({ type: 'varchar', length: 10, name: 'ends_on' }) endsOn: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 30, name: 'recorded_at' }) recordedAt: string;
  @Column({ type: 'varchar', length: 36, name: 'recorded_by_staff_id', nullable: true }) recordedByStaffId: string | null;
}
