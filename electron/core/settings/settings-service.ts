import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { CentreSettings } from '../../../shared/contract/settings';
import { appendAudit, diffFields } from '../audit/audit-log';
import { toInstant, type Clock } from '../clock';
import type { Actor } from '../context';
import { SettingEntity } from './setting.entity';

export const DEFAULT_SETTINGS: CentreSettings = {
  idleLockMinutes: 10,
  timeZone: 'America/Toronto',
};

export class SettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(manager: EntityManager = this.dataSource.manager): Promise<CentreSettings> {
    const rows = await manager.find(SettingEntity);
    const known = rows.filter((row) => Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, row.key));
    const stored = Object.fromEntries(known.map((row) => [row.key, JSON.parse(row.value) as unknown]));
    return { ...DEFAULT_SETTINGS, ...stored };
  }

  /**
   * A random secret of this installation, made on first use and kept in the database (never shown
   * by `get`). Used to key hashes of what people type, e.g. the sign-in throttle's user names.
   */
  async secret(manager: EntityManager, name: string): Promise<Buffer> {
    const key = `internal.${name}`;
    const row = await manager.findOneBy(SettingEntity, { key });
    if (row) return Buffer.from(JSON.parse(row.value) as string, 'base64');
    const secret = randomBytes(32);
    await manager.save(SettingEntity, { key, value: JSON.stringify(secret.toString('base64')), updatedAt: toInstant(this.clock.now()) });
    return secret;
  }

  async update(next: CentreSettings, actor: Actor): Promise<CentreSettings> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(manager);
      const now = toInstant(this.clock.now());
      for (const [key, value] of Object.entries(next)) {
        await manager.save(SettingEntity, { key, value: JSON.stringify(value), updatedAt: now });
      }
      const changes = diffFields(before, next, ['idleLockMinutes', 'timeZone']);
      if (Object.keys(changes).length > 0) {
        await appendAudit(manager, now, { action: 'record.update', actor, entityType: 'settings', entityId: 'centre', details: { changes } });
      }
      return this.get(manager);
    });
  }
}
