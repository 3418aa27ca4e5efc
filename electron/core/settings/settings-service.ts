import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { CentreSettings, updateCentreSettingsInput } from '../../../shared/contract/settings';
import { appendAudit, diffFields } from '../audit/audit-log';
import { toInstant, type Clock } from '../clock';
import type { Actor } from '../context';
import { assertVersion, updateWithVersion } from '../persistence/versioned-update';
import { CentreSettingsEntity } from './centre-settings.entity';
import { SettingEntity } from './setting.entity';

/** The one row of `centre_settings`, whose version stands for all the centre's settings. */
const CENTRE = 'centre';

export const DEFAULT_SETTINGS: Omit<CentreSettings, 'version'> = {
  idleLockMinutes: 10,
  timeZone: 'America/Toronto',
  scheduleHorizonWeeks: 26,
  mentoringGapDays: 14,
  paperSize: 'letter',
  centreName: 'Hearth',
  unsignedNoteOverdueDays: 2,
};

/** Every setting the form edits, in the order the audit row lists their changes. */
const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof typeof DEFAULT_SETTINGS>;

export class SettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(manager: EntityManager = this.dataSource.manager): Promise<CentreSettings> {
    const rows = await manager.find(SettingEntity);
    const known = rows.filter((row) => Object.prototype.hasOwnProperty.call(DEFAULT_SETTINGS, row.key));
    const stored = Object.fromEntries(known.map((row) => [row.key, JSON.parse(row.value) as unknown]));
    const { version } = await this.centreRecord(manager);
    return { ...DEFAULT_SETTINGS, ...stored, version };
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

  /**
   * The settings are stored a row per key but edited as one form, and they are checked against one
   * version for the whole centre. Per-key versions would let two people's saves of the same form
   * both pass (each changed a different field), the second silently putting back the first
   * person's old value of the other field, since the form sends every field. One version also
   * stays right when a later setting depends on another (opening hours and the time zone).
   */
  async update(input: z.output<typeof updateCentreSettingsInput>, actor: Actor): Promise<CentreSettings> {
    const { expectedVersion, ...next } = input;
    return this.dataSource.transaction(async (manager) => {
      assertVersion(await this.centreRecord(manager), expectedVersion);
      const before = await this.get(manager);
      const changes = diffFields(before, next, SETTING_KEYS);
      if (Object.keys(changes).length === 0) return before;
      const now = toInstant(this.clock.now());
      await updateWithVersion(manager, CentreSettingsEntity, CENTRE, expectedVersion, { updatedAt: now });
      for (const [key, value] of Object.entries(next)) {
        await manager.save(SettingEntity, { key, value: JSON.stringify(value), updatedAt: now });
      }
      await appendAudit(manager, now, { action: 'record.update', actor, entityType: 'settings', entityId: CENTRE, details: { changes } });
      return this.get(manager);
    });
  }

  private async centreRecord(manager: EntityManager): Promise<CentreSettingsEntity> {
    const record = await manager.findOneBy(CentreSettingsEntity, { id: CENTRE });
    // Made by migration 0002; a database without it was not opened through the migrations.
    if (!record) throw new Error('The centre settings record is missing.');
    return record;
  }
}
