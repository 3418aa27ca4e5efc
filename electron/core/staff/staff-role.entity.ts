import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffMemberEntity } from './staff-member.entity';
import type { Role } from '../../../shared/permissions';

/** A role held by a staff member; a row each, so "all facilitators" is a plain query. */
@Entity({ name: 'staff_roles' })
export class StaffRoleEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'staff_id' }) staffId: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) role: Role;
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;
}
