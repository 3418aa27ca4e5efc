import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The centre's settings as one editable record: its version guards the whole settings form. */
@Entity({ name: 'centre_settings' })
export class CentreSettingsEntity {
  /** Always 'centre': one row. */
  @PrimaryColumn({ type: 'varchar', length: 20 }) id: string;
  @Column({ type: 'integer', default: 1 }) version: number;
  @Column({ type: 'varchar', length: 30, name: 'updated_at' }) updatedAt: string;
}
