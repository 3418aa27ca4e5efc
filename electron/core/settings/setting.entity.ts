import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One centre-wide setting; the value is JSON text. The settings people edit are changed together in
 * one form, so their version is one for all of them, kept in `centre_settings`
 * (centre-settings.entity.ts): every update of these rows goes through that guarded version.
 */
@Entity({ name: 'settings' })
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 }) key: string;
  @Column({ type: 'text' }) value: string;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
}
