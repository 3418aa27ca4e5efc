import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { createResourceInput, outOfServicePeriodInput, OutOfServicePeriod, Resource, updateResourceInput } from '../../../../shared/contract/schedule-catalogue';
import { todayIn } from '../../../../shared/dates';
import { appendAudit } from '../../audit/audit-log';
import { toInstant, type Clock } from '../../clock';
import type { Actor } from '../../context';
import { invalidField } from '../../errors';
import { newId } from '../../ids';
import type { SettingsService } from '../../settings/settings-service';
import { catalogueNotFound } from './catalogue-rules';
import { insertCatalogueRecord, updateCatalogueRecord } from './catalogue-writes';
import { ResourceOutOfServiceEntity } from './resource-out-of-service.entity';
import { ResourceEntity } from './resource.entity';

const FIELDS = { entity: ResourceEntity, kind: 'resource', scalarFields: ['kind', 'name', 'maxSessionsPerDay', 'active'], listFields: ['restDays'] } as const;

/**
 * Bookable resources other than places (horses, equipment) and their periods out of service. A
 * period does not touch any occurrence: the screen first shows `schedule.previewChange`, and the
 * one conflict check refuses new bookings in it.
 */
export class ResourcesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  async list(includeInactive: boolean): Promise<Resource[]> {
    const manager = this.dataSource.manager;
    const rows = await manager.find(ResourceEntity, { where: includeInactive ? {} : { active: true }, order: { kind: 'ASC', name: 'ASC', id: 'ASC' } });
    return this.toDtos(manager, rows);
  }

  async create(input: z.output<typeof createResourceInput>, actor: Actor): Promise<Resource> {
    return this.dataSource.transaction(async (manager) => {
      const id = await insertCatalogueRecord(manager, { ...FIELDS, nameScope: { kind: input.kind } }, input, actor, toInstant(this.clock.now()));
      return this.get(manager, id);
    });
  }

  async update(input: z.output<typeof updateResourceInput>, actor: Actor): Promise<Resource> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(manager, input.id);
      const changed = await updateCatalogueRecord(manager, { ...FIELDS, nameScope: { kind: input.kind } }, before, input, actor, toInstant(this.clock.now()));
      return changed ? this.get(manager, input.id) : before;
    });
  }

  async addOutOfService(input: z.output<typeof outOfServicePeriodInput>, actor: Actor): Promise<Resource> {
    return this.dataSource.transaction(async (manager) => {
      const resource = await this.get(manager, input.resourceId);
      if (!resource.active) throw invalidField('resourceId', 'problems.resourceInactive');
      const now = toInstant(this.clock.now());
      const period = { id: newId(), ...input, recordedAt: now, recordedByStaffId: actor.staffId };
      await manager.insert(ResourceOutOfServiceEntity, period);
      await appendAudit(manager, now, { action: 'record.create', actor, entityType: 'resourceOutOfService', entityId: period.id, details: describePeriod(resource, period) });
      return this.get(manager, resource.id);
    });
  }

  /** The audit row keeps what the period was, so removing one entered by mistake loses nothing. */
  async removeOutOfService(periodId: string, actor: Actor): Promise<Resource> {
    return this.dataSource.transaction(async (manager) => {
      const period = await manager.findOneBy(ResourceOutOfServiceEntity, { id: periodId });
      if (!period) throw catalogueNotFound('resourceOutOfService');
      const resource = await this.get(manager, period.resourceId);
      await manager.delete(ResourceOutOfServiceEntity, { id: periodId });
      const now = toInstant(this.clock.now());
      await appendAudit(manager, now, {
        action: 'record.delete',
        actor,
        entityType: 'resourceOutOfService',
        entityId: periodId,
        details: { ...describePeriod(resource, period), recordedAt: period.recordedAt },
      });
      return this.get(manager, resource.id);
    });
  }

  private async get(manager: EntityManager, id: string): Promise<Resource> {
    const row = await manager.findOneBy(ResourceEntity, { id });
    if (!row) throw catalogueNotFound('resource');
    return (await this.toDtos(manager, [row]))[0];
  }

  private async toDtos(manager: EntityManager, rows: ResourceEntity[]): Promise<Resource[]> {
    if (rows.length === 0) return [];
    const periods = await manager
      .getRepository(ResourceOutOfServiceEntity)
      .createQueryBuilder('p')
      .where('p.resourceId IN (:...ids)', { ids: rows.map((row) => row.id) })
      .getMany();
    const today = todayIn((await this.settings.get(manager)).timeZone, this.clock.now());
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      name: row.name,
      maxSessionsPerDay: row.maxSessionsPerDay,
      restDays: row.restDays,
      active: row.active,
      version: row.version,
      outOfService: inListOrder(periods.filter((period) => period.resourceId === row.id).map(toPeriodDto), today),
    }));
  }
}

function toPeriodDto(row: ResourceOutOfServiceEntity): OutOfServicePeriod {
  return { id: row.id, resourceId: row.resourceId, startsOn: row.startsOn, endsOn: row.endsOn, reason: row.reason, recordedAt: row.recordedAt };
}

/** Current and future periods first, soonest first; then past ones, latest first. */
function inListOrder(periods: OutOfServicePeriod[], today: string): OutOfServicePeriod[] {
  const current = periods.filter((period) => period.endsOn >= today).sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id));
  const past = periods.filter((period) => period.endsOn < today).sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.id.localeCompare(a.id));
  return [...current, ...past];
}

function describePeriod(resource: Resource, period: { resourceId: string; startsOn: string; endsOn: string; reason: string }) {
  return { resourceId: period.resourceId, resourceName: resource.name, startsOn: period.startsOn, endsOn: period.endsOn, reason: period.reason };
}
