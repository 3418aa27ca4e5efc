import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GroupNoteEntity } from './group-note.entity';

/**
 * A saved state of a note, never changed or deleted: the whole content as JSON, who saved it, when,
 * and the revision it was written on top of. The explicit base chain is what lets revisions made on
 * an offline laptop travel later: each says what it saw, so a fork is found, never overwritten.
 */
@Entity({ name: 'group_note_revisions' })
@Index('idx_group_note_revisions_note', ['noteId', 'savedAt'])
export class NoteRevisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'note_id' }) noteId: string;
  @ManyToOne(() => GroupNoteEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'note_id' }) note?: GroupNoteEntity;
  @Column({ type: 'varchar', length: 36, name: 'base_revision_id', nullable: true }) baseRevisionId: string | null;
  @Column({ type: 'varchar', length: 36, name: 'author_staff_id' }) authorStaffId: string;
  @Column({ type: 'varchar', length: 30, name: 'saved_at' }) savedAt: string;
  @Column({ type: 'text' }) content: string;
}
