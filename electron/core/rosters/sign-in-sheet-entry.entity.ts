import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OccurrenceEntity } from '../schedule/sessions/occurrence.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';

/**
 * A returned sign-in sheet typed back in: one row per occurrence, written in the same transaction
 * as the attendance it carried. Entering it again is a correction: the row keeps when it was first
 * entered and records the latest entry, its version raised by one; each entry is also an audit row.
 */
@Entity({ name: 'sign_in_sheet_entries' })
@Index('idx_sign_in_sheet_entries_occurrence', ['occurrenceId'], { unique: true })
export class SignInSheetEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'occurrence_id' }) occurrenceId: string;
  @ManyToOne(() => OccurrenceEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'occurrence_id' }) occurrence?: OccurrenceEntity;
  @Column({ type: 'varchar', length: 30, name: 'first_entered_at' }) firstEnteredAt: string;
  @Column({ type: 'varchar', length: 30, name: 'entered_at' }) enteredAt: string;
  @Column({ type: 'varchar', length: 36, name: 'entered_by_staff_id', nullable: true }) enteredByStaffId: string | null;
  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'entered_by_staff_id' }) enteredBy?: StaffMemberEntity | null;
  @Column({ type: 'integer', default: 1 }) version: number;
}
