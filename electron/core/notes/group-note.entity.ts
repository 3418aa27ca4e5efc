import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { NoteSubjectKind } from '../../../shared/contract/notes';

/**
 * One meeting's note. What it belongs to is a kind and an id (an occurrence today, a mentoring
 * meeting later), so no foreign key: the meeting's own table keeps it from being deleted. Its text
 * lives only in its revisions; this row keeps what is current beside them (the newest revision,
 * updated in the save's transaction) and the signatures.
 */
@Entity({ name: 'group_notes' })
@Index('idx_group_notes_subject', ['subjectKind', 'subjectId'], { unique: true })
@Index('idx_group_notes_unsigned', ['signedAt', 'createdAt'])
export class GroupNoteEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 20, name: 'subject_kind' }) subjectKind: NoteSubjectKind;
  @Column({ type: 'varchar', length: 36, name: 'subject_id' }) subjectId: string;
  @Column({ type: 'varchar', length: 36, name: 'started_by_staff_id' }) startedByStaffId: string;
  @Column({ type: 'varchar', length: 30, name: 'created_at' }) createdAt: string;
  @Column({ type: 'varchar', length: 36, name: 'head_revision_id' }) headRevisionId: string;
  @Column({ type: 'varchar', length: 30, name: 'last_saved_at' }) lastSavedAt: string;
  @Column({ type: 'varchar', length: 36, name: 'signed_revision_id', nullable: true }) signedRevisionId: string | null;
  @Column({ type: 'varchar', length: 36, name: 'signed_by_staff_id', nullable: true }) signedByStaffId: string | null;
  @Column({ type: 'varchar', length: 30, name: 'signed_at', nullable: true }) signedAt: string | null;
  /** SHA-256 (hex) of the signed revision's canonical content (notes/canonical-content.ts). */
  @Column({ type: 'varchar', length: 64, name: 'content_hash', nullable: true }) contentHash: string | null;
  @Column({ type: 'varchar', length: 36, name: 'cosigned_by_staff_id', nullable: true }) cosignedByStaffId: string | null;
  @Column({ type: 'varchar', length: 30, name: 'cosigned_at', nullable: true }) cosignedAt: string | null;
  @Column({ type: 'integer', default: 1 }) version: number;
}
