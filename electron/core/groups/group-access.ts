import type { EntityManager } from 'typeorm';
import type { Actor } from '../context';
import { DomainError } from '../errors';
import { PeerGroupFacilitatorEntity } from './peer-group-facilitator.entity';

// Record-scoped permissions of groups (shared/permissions.ts says which roles open which door):
// managers, counsellors and scheduling staff see and change every group; anyone else (facilitators,
// peer support specialists) only the groups they facilitate. Checked on every call, in the core.

/** Roles that see every group and manage groups (create, edit, enrol from a closed group's waitlist). */
const ALL_GROUPS_ROLES = ['manager', 'counsellor', 'scheduling_staff'] as const;

export function seesAllGroups(actor: Actor): boolean {
  return actor.roles.some((role) => (ALL_GROUPS_ROLES as readonly string[]).includes(role));
}

export const groupNotFound = () => new DomainError('not_found', 'problems.groups.notFound', 'The group was not found.');

export async function facilitatesGroup(manager: EntityManager, actor: Actor, groupId: string): Promise<boolean> {
  return (await manager.countBy(PeerGroupFacilitatorEntity, { groupId, staffId: actor.staffId })) > 0;
}

/** A group outside the person's scope answers like a group that does not exist. */
export async function assertMaySeeGroup(manager: EntityManager, actor: Actor, groupId: string): Promise<void> {
  if (seesAllGroups(actor)) return;
  if (!(await facilitatesGroup(manager, actor, groupId))) throw groupNotFound();
}

/** The ids of the groups the person facilitates, or null for "every group". */
export async function visibleGroupIds(manager: EntityManager, actor: Actor): Promise<string[] | null> {
  if (seesAllGroups(actor)) return null;
  const links = await manager.findBy(PeerGroupFacilitatorEntity, { staffId: actor.staffId });
  return links.map((link) => link.groupId);
}
