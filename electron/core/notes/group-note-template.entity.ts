import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PeerGroupEntity } from '../groups/peer-group.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';

/**
 * A group's own template of note sections (shared/contract/note-templates.ts), one row per group
 * that has one (the others use the default). `sections` is the template's JSON as validated by the
 * contract. Each change raises `version` (a guarded update) and writes an audit row.
 */
@Entity({ name: 'group_note_templates' })
export class GroupNoteTemplateEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'group_id' }) groupId: string;
  @ManyToOne(() => PeerGroupEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'group_id' }) group?: PeerGroupEntity;
  @Column({ type: 'text' }) sections: string;
  @Column({ type: 'integer', default: 1 }) version: number;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
  @Column({ type: 'varchar', length: 36, name: 'updated_by_staff_id', nullable: true }) updatedByStaffId: string | null;
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'updated_by_staff_id' }) updatedBy?: StaffMemberEntity;
}
