import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person working at the centre. Never deleted: deactivated, so history keeps its names. */
@Entity({ name: 'staff_members' })
export class StaffMemberEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 100, name: 'first_name' }) firstName: string;
  @Column({ type: 'varchar', length: 100, name: 'last_name' }) lastName: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) email: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) phone: string | null;
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ type: 'varchar', length: 400, name: 'search_name' }) searchName: string;
  @Column({ type: 'varchar', length: 30, name: 'created_at' }) createdAt: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
  /** Raised by one on every change (persistence/versioned-update.ts); an edit names the version it was made from. */
  @Column({ type: 'integer', default: 1 }) version: number;
}
