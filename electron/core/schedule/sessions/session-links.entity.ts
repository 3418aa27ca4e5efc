import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ResidentEntity } from '../../residents/resident.entity';
import { StaffMemberEntity } from '../../staff/staff-member.entity';
import { ResourceEntity } from '../catalogue/resource.entity';
import { SessionEntity } from './session.entity';

// Who and what a session books, as its series: copied onto each occurrence it materialises.

@Entity({ name: 'session_facilitators' })
export class SessionFacilitatorEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'session_id' }) sessionId: string;
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'staff_id' }) staffId: string;
  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE', nullable: false }) @JoinColumn({ name: 'session_id' }) session?: SessionEntity;
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'staff_id' }) staff?: StaffMemberEntity;
}

@Entity({ name: 'session_participants' })
export class SessionParticipantEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'session_id' }) sessionId: string;
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'resident_id' }) residentId: string;
  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE', nullable: false }) @JoinColumn({ name: 'session_id' }) session?: SessionEntity;
  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'resident_id' }) resident?: ResidentEntity;
}

@Entity({ name: 'session_resources' })
export class SessionResourceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'session_id' }) sessionId: string;
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'resource_id' }) resourceId: string;
  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE', nullable: false }) @JoinColumn({ name: 'session_id' }) session?: SessionEntity;
  @ManyToOne(() => ResourceEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'resource_id' }) resource?: ResourceEntity;
}
