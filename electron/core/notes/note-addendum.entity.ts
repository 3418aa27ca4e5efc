import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GroupNoteEntity } from './group-note.entity';

/** A correction under a signed note: written once, signed with its author's password, never changed. */
@Entity({ name: 'group_note_addenda' })
@Index('idx_group_note_addenda_note', ['noteId', 'writtenAt'])
export class NoteAddendumEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'note_id' }) noteId: string;
  @ManyToOne(() => GroupNoteEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'note_id' }) note?: GroupNoteEntity;
  @Column({ type: 'varchar', length: 36, name: 'author_staff_id' }) authorStaffId: string;
  @Column({ type: 'varchar', length: 30, name: 'written_at' }) writtenAt: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'varchar', length: 64, name: 'content_hash' }) contentHash: string;
}
