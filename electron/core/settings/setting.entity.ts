import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One centre-wide setting; the value is JSON text. */
@Entity({ name: 'settings' })
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 }) key: string;
  @Column({ type: 'text' }) value: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
}
