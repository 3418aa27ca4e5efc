import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { ResidentEntity } from './resident.entity';
import type { DischargeReason, Program, StatusEventKind } from '../../../shared/contract/residents';

/** One admission, discharge or readmission. Appended, never updated or deleted. */
@Entity({ name: 'resident_status_events' })
export class ResidentStatusEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Index('idx_resident_status_events_resident')
  @Column({ type: 'varchar', length: 36, name: 'resident_id' })
  residentId: string;
  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'resident_id' })
  resident?: ResidentEntity;
  @Column({ type: 'varchar', length: 20 }) kind: StatusEventKind;
  @Column({ type: 'varchar', length: 10, name: 'effective_date' }) effectiveDate: string;
  @Column({ type: 'varchar', length: 20 }) program: Program;
  @Column({ type: 'varchar', length: 40, name: 'discharge_reason', nullable: true }) dischargeReason: DischargeReason | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 30, name: 'recorded_at' }) recordedAt: string;
  @Column({ type: 'varchar', length: 36, name: 'recorded_by_staff_id', nullable: true }) recordedByStaffId: string | null;
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'recorded_by_staff_id' })
  recordedBy?: StaffMemberEntity | null;
}
