import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ResidentEntity } from '../residents/resident.entity';
import { GroupNoteEntity } from './group-note.entity';

/** Which residents have lines in a note (kept by each save): a resident's page finds their notes without reading every note. */
@Entity({ name: 'group_note_residents' })
@Index('idx_group_note_residents_resident', ['residentId'])
export class NoteResidentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'note_id' }) noteId: string;
  @PrimaryColumn({ type: 'varchar', length: 36, name: 'resident_id' }) residentId: string;
  @ManyToOne(() => GroupNoteEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'note_id' }) note?: GroupNoteEntity;
  @ManyToOne(() => ResidentEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'resident_id' }) resident?: ResidentEntity;
}
