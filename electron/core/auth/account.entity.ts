import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { StaffMemberEntity } from '../staff/staff-member.entity';

/** A staff member's sign-in. The password is only ever stored as a scrypt hash (auth/passwords.ts). */
@Entity({ name: 'accounts' })
export class AccountEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'staff_id', unique: true }) staffId: string;
  @OneToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMemberEntity;
  @Column({ type: 'varchar', length: 40, unique: true }) username: string;
  @Column({ type: 'varchar', length: 300, name: 'password_hash' }) passwordHash: string;
  @Column({ type: 'boolean', name: 'must_change_password' }) mustChangePassword: boolean;
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ type: 'varchar', length: 30, name: 'created_at' }) createdAt: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
  /** Raised by one on every change (persistence/versioned-update.ts); an edit names the version it was made from. */
  @Column({ type: 'integer', default: 1 }) version: number;
  @Column({ type: 'varchar', length: 30, name: 'last_sign_in_at', nullable: true }) lastSignInAt: string | null;
}
