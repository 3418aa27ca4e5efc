import type { EntityManager, EntityTarget } from 'typeorm';
import { appendAudit, diffFields } from '../../audit/audit-log';
import type { Actor } from '../../context';
import { assertVersion, updateWithVersion, type VersionedRecord } from '../../persistence/versioned-update';
import { newId } from '../../ids';
import { assertNameFree, diffLists, type CatalogueRecordKind } from './catalogue-rules';

// The create and update steps every editable catalogue record shares (activity types, locations,
// resources): a free name among active records of its kind, the guarded versioned update, and the
// audit row with what changed, all inside the caller's one transaction.

interface NamedRecord extends VersionedRecord {
  name: string;
  active: boolean;
}

interface Target<E> {
  entity: EntityTarget<E>;
  kind: CatalogueRecordKind;
  /** Narrows the name check (resources: names are unique per resource kind). */
  nameScope?: Record<string, unknown>;
}

export async function insertCatalogueRecord<E extends NamedRecord>(
  manager: EntityManager,
  target: Target<E>,
  fields: Omit<E, 'id' | 'version' | 'active' | 'createdAt' | 'updatedAt'>,
  actor: Actor | null,
  now: string,
): Promise<string> {
  await assertNameFree(manager, target.entity, fields.name, { where: target.nameScope });
  const id = newId();
  await manager.insert(target.entity, { ...fields, id, active: true, createdAt: now, updatedAt: now, version: 1 } as never);
  await appendAudit(manager, now, { action: 'record.create', actor, entityType: target.kind, entityId: id, details: { name: fields.name } });
  return id;
}

/** Returns false (and writes nothing) when the input changes nothing; a stale copy is refused either way. */
export async function updateCatalogueRecord<D extends NamedRecord, E extends NamedRecord>(
  manager: EntityManager,
  target: Target<E> & { scalarFields: ReadonlyArray<keyof D>; listFields?: ReadonlyArray<keyof D> },
  before: D,
  input: Partial<D> & { id: string; expectedVersion: number },
  actor: Actor,
  now: string,
): Promise<boolean> {
  assertVersion(before, input.expectedVersion);
  const { id, expectedVersion, ...fields } = input;
  const after = { ...before, ...fields };
  const changes = { ...diffFields(before, after, target.scalarFields), ...diffLists(before, after, target.listFields ?? []) };
  if (Object.keys(changes).length === 0) return false;
  if (after.active) await assertNameFree(manager, target.entity, after.name, { exceptId: id, where: target.nameScope });
  await updateWithVersion(manager, target.entity, id, expectedVersion, { ...fields, updatedAt: now } as never);
  await appendAudit(manager, now, { action: 'record.update', actor, entityType: target.kind, entityId: id, details: { changes } });
  return true;
}
