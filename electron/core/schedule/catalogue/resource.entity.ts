import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ResourceKind, WeekdayNumber } from '../../../../shared/contract/schedule-catalogue';

/** A bookable resource other than a place: a horse, or equipment such as the music room's instruments. */
@Entity({ name: 'resources' })
export class ResourceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 20 }) kind: ResourceKind;
  @Column({ type: 'varchar', length: 100 }) name: string;
  /** Sessions a day at most (a horse's workload); null: no limit. */
  @Column({ type: 'integer', name: 'max_sessions_per_day', nullable: true }) maxSessionsPerDay: number | null;
  /** JSON array of weekday numbers (0 = Sunday) on which it is never booked. */
  @Column({ type: 'simple-json', name: 'rest_days' }) restDays: WeekdayNumber[];
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ type: 'varchar', length: 30, name: 'created_at' }) createdAt: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
  @Column({ type: 'integer', default: 1 }) version: number;
}
