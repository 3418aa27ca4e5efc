import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { GoalStatus } from '../../../shared/contract/notes';
import { ResidentEntity } from '../residents/resident.entity';
import { GroupNoteEntity } from './group-note.entity';

/** A goal a resident set in a meeting's closing round, made when its note is signed; its status is followed afterwards. */
@Entity({ name: 'resident_goals' })
@Index('idx_resident_goals_resident', ['residentId', 'setOn'])
export class ResidentGoalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'resident_id' }) residentId: string;
  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'resident_id' }) resident?: ResidentEntity;
  @Column({ type: 'varchar', length: 36, name: 'note_id' }) noteId: string;
  @ManyToOne(() => GroupNoteEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'note_id' }) note?: GroupNoteEntity;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'varchar', length: 20 }) status: GoalStatus;
  /** The meeting's wall date. */
  @Column({ type: 'varchar', length: 10, name: 'set_on' }) setOn: string;
  @Column({ type: 'varchar', length: 30, name: 'created_at' }) createdAt: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
  @Column({ type: 'integer', default: 1 }) version: number;
}
