import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LocationEntity } from '../catalogue/location.entity';
import { SessionEntity } from './session.entity';
import type { OccurrenceStatus } from '../../../../shared/contract/schedule';

/**
 * One materialised occurrence of a session, with a stable id (attendance and notes point at it).
 * `slot_local` is its place in the series (the RFC 5545 RECURRENCE-ID, wall time): a series edit
 * finds each occurrence again by it, so a moved or edited occurrence keeps its id and stays an
 * exception. Instants are UTC ISO strings, which sort as text; `local_date` is the wall date, for
 * per-day rules (a horse's daily limit, rest days, absences).
 */
@Entity({ name: 'occurrences' })
@Index('idx_occurrences_slot', ['sessionId', 'slotLocal'], { unique: true })
@Index('idx_occurrences_starts_at', ['startsAt'])
@Index('idx_occurrences_local_date', ['localDate'])
export class OccurrenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'session_id' }) sessionId: string;
  @ManyToOne(() => SessionEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'session_id' }) session?: SessionEntity;
  @Column({ type: 'varchar', length: 16, name: 'slot_local' }) slotLocal: string;
  @Column({ type: 'varchar', length: 30, name: 'starts_at' }) startsAt: string;
  @Column({ type: 'varchar', length: 30, name: 'ends_at' }) endsAt: string;
  @Column({ type: 'varchar', length: 10, name: 'local_date' }) localDate: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) title: string | null;
  @Column({ type: 'varchar', length: 36, name: 'location_id' }) locationId: string;
  @ManyToOne(() => LocationEntity, { onDelete: 'RESTRICT', nullable: false }) @JoinColumn({ name: 'location_id' }) location?: LocationEntity;
  @Column({ type: 'integer' }) capacity: number;
  @Column({ type: 'varchar', length: 20 }) status: OccurrenceStatus;
  @Column({ type: 'text', name: 'cancel_reason', nullable: true }) cancelReason: string | null;
  /** Edited, moved or cancelled on its own: a series edit leaves it as it is. */
  @Column({ type: 'boolean', name: 'is_exception' }) isException: boolean;
  @Column({ type: 'text', name: 'capacity_override_reason', nullable: true }) capacityOverrideReason: string | null;
  @Column({ type: 'varchar', length: 30, name: 'created_at' }) createdAt: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
  @Column({ type: 'integer', default: 1 }) version: number;
}
