import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { createLocationInput, Location, updateLocationInput } from '../../../../shared/contract/schedule-catalogue';
import { toInstant, type Clock } from '../../clock';
import type { Actor } from '../../context';
import { catalogueNotFound } from './catalogue-rules';
import { insertCatalogueRecord, updateCatalogueRecord } from './catalogue-writes';
import { LocationEntity } from './location.entity';

const TARGET = { entity: LocationEntity, kind: 'location', scalarFields: ['name', 'capacity', 'onSite', 'active'] } as const;

/** The places sessions are booked into. Made inactive, never deleted: past sessions keep their place. */
export class LocationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(includeInactive: boolean): Promise<Location[]> {
    const rows = await this.dataSource.getRepository(LocationEntity).find({ where: includeInactive ? {} : { active: true }, order: { name: 'ASC', id: 'ASC' } });
    return rows.map(toDto);
  }

  async create(input: z.output<typeof createLocationInput>, actor: Actor): Promise<Location> {
    return this.dataSource.transaction(async (manager) => {
      const id = await insertCatalogueRecord(manager, TARGET, input, actor, toInstant(this.clock.now()));
      return this.get(manager, id);
    });
  }

  async update(input: z.output<typeof updateLocationInput>, actor: Actor): Promise<Location> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(manager, input.id);
      const changed = await updateCatalogueRecord(manager, TARGET, before, input, actor, toInstant(this.clock.now()));
      return changed ? this.get(manager, input.id) : before;
    });
  }

  private async get(manager: EntityManager, id: string): Promise<Location> {
    const row = await manager.findOneBy(LocationEntity, { id });
    if (!row) throw catalogueNotFound('location');
    return toDto(row);
  }
}

function toDto(row: LocationEntity): Location {
  return { id: row.id, name: row.name, capacity: row.capacity, onSite: row.onSite, active: row.active, version: row.version };
}
