import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ResidentEntity } from '../../residents/resident.entity';
import { StaffMemberEntity } from '../../staff/staff-member.entity';
import { ResourceEntity } from '../catalogue/resource.entity';
import { OccurrenceEntity } from './occurrence.entity';

// Who and what one occurrence books: plain indexed rows the conflict check and the boards read
// (a person's bookings are found by their id, then by the occurrence's time). They go with their
// occurrence (cascade); a person or a resource is never deleted while booked (restrict).

@Entity({ name: 'occurrence_facilitators' })
@Index('idx_occurrence_facilitators_staff', ['staffId'])
export class OccurrenceFacilitatorEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'occurrence_id' }) occurrenceId: string;
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'staff_id' }) staffId: string;
  @ManyToOne(() => OccurrenceEntity, { onDelete: 'CASCADE', nullable: false }) @JoinColumn({ name: 'occurrence_id' }) occurrence?: OccurrenceEntity;
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'staff_id' }) staff?: StaffMemberEntity;
}

@Entity({ name: 'occurrence_participants' })
@Index('idx_occurrence_participants_resident', ['residentId'])
export class OccurrenceParticipantEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'occurrence_id' }) occurrenceId: string;
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'resident_id' }) residentId: string;
  @ManyToOne(() => OccurrenceEntity, { onDelete: 'CASCADE', nullable: false }) @JoinColumn({ name: 'occurrence_id' }) occurrence?: OccurrenceEntity;
  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'resident_id' }) resident?: ResidentEntity;
}

@Entity({ name: 'occurrence_resources' })
@Index('idx_occurrence_resources_resource', ['resourceId'])
export class OccurrenceResourceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'occurrence_id' }) occurrenceId: string;
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'resource_id' }) resourceId: string;
  @ManyToOne(() => OccurrenceEntity, { onDelete: 'CASCADE', nullable: false }) @JoinColumn({ name: 'occurrence_id' }) occurrence?: OccurrenceEntity;
  @ManyToOne(() => ResourceEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'resource_id' }) resource?: ResourceEntity;
}
