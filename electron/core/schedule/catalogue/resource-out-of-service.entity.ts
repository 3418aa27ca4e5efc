import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ResourceEntity } from './resource.entity';

/** A period in which a resource cannot be booked ("lame until 12 Dec"), both calendar days included. */
@Entity({ name: 'resource_out_of_service' })
@Index('idx_resource_out_of_service_resource', ['resourceId', 'startsOn'])
export class ResourceOutOfServiceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'resource_id' }) resourceId: string;
  @ManyToOne(() => ResourceEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'resource_id' }) resource?: ResourceEntity;
  @Column({ type: 'varchar', length: 10, name: 'starts_on' }) startsOn: string;
  @Column({ type: 'varchar', length: 10, name: 'ends_on' }) endsOn: string;
  @Column({ type: 'varchar', length: 200 }) reason: string;
  @Column({ type: 'varchar', length: 30, name: 'recorded_at' }) recordedAt: string;
  @Column({ type: 'varchar', length: 36, name: 'recorded_by_staff_id', nullable: true }) recordedByStaffId: string | null;
}
