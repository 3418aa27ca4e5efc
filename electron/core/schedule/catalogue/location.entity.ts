import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A place sessions are booked into (art studio, barn and paddock …). */
@Entity({ name: 'locations' })
export class LocationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'integer' }) capacity: number;
  @Column({ type: 'boolean', name: 'on_site' }) onSite: boolean;
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ type: 'varchar', length: 30, name: 'created_at' }) createdAt: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
  @Column({ type: 'integer', default: 1 }) version: number;
}
