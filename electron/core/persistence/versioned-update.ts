import type { EntityManager, EntityTarget, QueryDeepPartialEntity } from 'typeorm';
import { staleRecord } from '../errors';

/** A record people edit: its version is raised by one on every change. */
export interface VersionedRecord {
  id: string;
  version: number;
}

/**
 * The one way an editable record is changed: `UPDATE … SET …, version = version + 1 WHERE id = ?
 * AND version = ?`, and the number of rows it changed is checked. Reading the version first and
 * saving afterwards (or TypeORM's @VersionColumn, which only counts) would let two edits made from
 * the same copy both pass the check on a server database; the guarded statement cannot.
 * Returns the new version; a stale edit is refused with both versions and nothing written.
 */
export async function updateWithVersion<E extends VersionedRecord>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<Omit<E, 'id' | 'version'>>,
): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => '"version" + 1' })
    .where('"id" = :id AND "version" = :expectedVersion', { id, expectedVersion })
    .execute();
  // A driver that does not say how many rows changed cannot guard anything: fail loudly, never pass.
  if (typeof result.affected !== 'number') throw new Error('The database driver did not report how many rows an update changed.');
  if (result.affected === 1) return expectedVersion + 1;
  const current = await manager.getRepository(entity).createQueryBuilder('r').select('r.version', 'version').where('r.id = :id', { id }).getRawOne<{ version: number }>();
  // The services load the record first in the same transaction, so a missing row is a bug, not a refusal.
  if (!current) throw new Error('The record to update no longer exists.');
  throw staleRecord(expectedVersion, Number(current.version));
}

/**
 * The same refusal before anything is written, for operations that may end without a change (a save
 * with nothing changed is still refused when it was made from an old copy, so the person reloads).
 */
export function assertVersion(record: VersionedRecord, expectedVersion: number): void {
  if (record.version !== expectedVersion) throw staleRecord(expectedVersion, record.version);
}
