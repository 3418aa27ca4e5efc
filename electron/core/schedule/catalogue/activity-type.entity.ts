import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Requirement } from '../../../../shared/contract/schedule-catalogue';

/** Something the centre offers (art therapy, yoga …). Made inactive, never deleted: past sessions keep its name. */
@Entity({ name: 'activity_types' })
export class ActivityTypeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  /** `#rrggbb`, dark enough for white text (shared/schedule/colours.ts). */
  @Column({ type: 'varchar', length: 7 }) colour: string;
  @Column({ type: 'integer', name: 'default_duration_minutes' }) defaultDurationMinutes: number;
  @Column({ type: 'integer', name: 'default_capacity' }) defaultCapacity: number;
  @Column({ type: 'boolean' }) clinical: boolean;
  /** JSON array of Requirement. */
  @Column({ type: 'simple-json' }) requirements: Requirement[];
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ type: 'varchar', length: 30, name: 'created_at' }) createdAt: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
  @Column({ type: 'integer', default: 1 }) version: number;
}
