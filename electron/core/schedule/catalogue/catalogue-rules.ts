import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DomainError, invalidField } from '../../errors';
import { foldForSearch } from '../../text/search-name';

/** What a catalogue record is called in messages and in the audit trail's entity types. */
export type CatalogueRecordKind = 'activityType' | 'location' | 'resource' | 'resourceOutOfService' | 'staffAbsence';

const ENGLISH_NAMES: Record<CatalogueRecordKind, string> = {
  activityType: 'activity type',
  location: 'location',
  resource: 'resource',
  resourceOutOfService: 'period out of service',
  staffAbsence: 'absence',
};

export const catalogueNotFound = (kind: CatalogueRecordKind) => new DomainError('not_found', `problems.notFound.${kind}`, `The ${ENGLISH_NAMES[kind]} was not found.`);

interface NamedActiveRow extends ObjectLiteral {
  id: string;
  name: string;
  active: boolean;
}

/**
 * Two active records of a kind with the same name (ignoring case, accents and spacing) would be
 * told apart by nobody picking from a list. Inactive ones keep their names for history, so a name
 * can be reused once the old record is retired. The catalogue tables are small: read and compare.
 */
export async function assertNameFree<E extends NamedActiveRow>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  name: string,
  options: { exceptId?: string; where?: Record<string, unknown> } = {},
): Promise<void> {
  const rows = await manager.getRepository(entity).findBy({ active: true, ...options.where } as never);
  const folded = foldForSearch(name);
  if (rows.some((row) => row.id !== options.exceptId && foldForSearch(row.name) === folded)) throw invalidField('name', 'problems.nameInUse');
}

/** `{ field: [old, new] }` for list fields (requirements, rest days) compared by content. */
export function diffLists<T extends object>(before: T, after: T, fields: ReadonlyArray<keyof T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[String(field)] = [before[field], after[field]];
  }
  return changes;
}
