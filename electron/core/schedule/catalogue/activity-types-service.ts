import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { ActivityType, createActivityTypeInput, updateActivityTypeInput } from '../../../../shared/contract/schedule-catalogue';
import { toInstant, type Clock } from '../../clock';
import type { Actor } from '../../context';
import { ActivityTypeEntity } from './activity-type.entity';
import { catalogueNotFound } from './catalogue-rules';
import { insertCatalogueRecord, updateCatalogueRecord } from './catalogue-writes';

const TARGET = {
  entity: ActivityTypeEntity,
  kind: 'activityType',
  scalarFields: ['name', 'colour', 'defaultDurationMinutes', 'defaultCapacity', 'clinical', 'active'],
  listFields: ['requirements'],
} as const;

/** What the centre offers. Types are made inactive, never deleted: past sessions keep their names. */
export class ActivityTypesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(includeInactive: boolean): Promise<ActivityType[]> {
    const rows = await this.dataSource.getRepository(ActivityTypeEntity).find({ where: includeInactive ? {} : { active: true }, order: { name: 'ASC', id: 'ASC' } });
    return rows.map(toDto);
  }

  async create(input: z.output<typeof createActivityTypeInput>, actor: Actor): Promise<ActivityType> {
    return this.dataSource.transaction(async (manager) => {
      const id = await insertCatalogueRecord(manager, TARGET, input, actor, toInstant(this.clock.now()));
      return this.get(manager, id);
    });
  }

  async update(input: z.output<typeof updateActivityTypeInput>, actor: Actor): Promise<ActivityType> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(manager, input.id);
      const changed = await updateCatalogueRecord(manager, TARGET, before, input, actor, toInstant(this.clock.now()));
      return changed ? this.get(manager, input.id) : before;
    });
  }

  private async get(manager: EntityManager, id: string): Promise<ActivityType> {
    const row = await manager.findOneBy(ActivityTypeEntity, { id });
    if (!row) throw catalogueNotFound('activityType');
    return toDto(row);
  }
}

function toDto(row: ActivityTypeEntity): ActivityType {
  return {
    id: row.id,
    name: row.name,
    colour: row.colour,
    defaultDurationMinutes: row.defaultDurationMinutes,
    defaultCapacity: row.defaultCapacity,
    clinical: row.clinical,
    requirements: row.requirements,
    active: row.active,
    version: row.version,
  };
}
