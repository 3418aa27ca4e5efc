import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DischargeReason, Language, Program, ResidentStatus } from '../../../shared/contract/residents';

/** A person in the program. Status and its dates are the current state; their history is in ResidentStatusEventEntity. */
@Entity({ name: 'residents' })
@Index('idx_residents_status', ['status'])
@Index('idx_residents_name', ['lastName', 'firstName', 'dateOfBirth'])
export class ResidentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 100, name: 'first_name' }) firstName: string;
  @Column({ type: 'varchar', length: 100, name: 'last_name' }) lastName: string;
  @Column({ type: 'varchar', length: 100, name: 'preferred_name', nullable: true }) preferredName: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) pronouns: string | null;
  /** Calendar date, YYYY-MM-DD. */
  @Column({ type: 'varchar', length: 10, name: 'date_of_birth' }) dateOfBirth: string;
  @Column({ type: 'varchar', length: 20 }) program: Program;
  @Column({ type: 'varchar', length: 2 }) language: Language;
  @Column({ type: 'varchar', length: 60, nullable: true }) house: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) room: string | null;
  @Column({ type: 'varchar', length: 100, name: 'emergency_contact_name', nullable: true }) emergencyContactName: string | null;
  @Column({ type: 'varchar', length: 60, name: 'emergency_contact_relationship', nullable: true }) emergencyContactRelationship: string | null;
  @Column({ type: 'varchar', length: 40, name: 'emergency_contact_phone', nullable: true }) emergencyContactPhone: string | null;
  @Column({ type: 'varchar', length: 200, name: 'emergency_contact_email', nullable: true }) emergencyContactEmail: string | null;
  @Column({ type: 'varchar', length: 10, name: 'equine_waiver_signed_on', nullable: true }) equineWaiverSignedOn: string | null;
  @Column({ type: 'boolean', name: 'photo_consent' }) photoConsent: boolean;
  @Column({ type: 'varchar', length: 20 }) status: ResidentStatus;
  /** Start of the current (or last) stay. */
  @Column({ type: 'varchar', length: 10, name: 'admission_date' }) admissionDate: string;
  @Column({ type: 'varchar', length: 10, name: 'discharge_date', nullable: true }) dischargeDate: string | null;
  @Column({ type: 'varchar', length: 40, name: 'discharge_reason', nullable: true }) dischargeReason: DischargeReason | null;
  /** Lower-case, accent-free names for portable search (é = e whatever the database's collation). */
  @Column({ type: 'varchar', length: 400, name: 'search_name' }) searchName: string;
  /** UTC instants, ISO 8601. */
  @Column({ type: 'varchar', length: 30, name: 'created_at' }) createdAt: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
  /** Raised by one on every change (persistence/versioned-update.ts); an edit names the version it was made from. */
  @Column({ type: 'integer', default: 1 }) version: number;
}
