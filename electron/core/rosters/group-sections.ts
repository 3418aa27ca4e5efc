import { In, type EntityManager } from 'typeorm';
import type { RosterEntry, RosterMember, RosterSection } from '../../../shared/contract/rosters';
import { groupNotFound } from '../groups/group-access';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { PeerGroupEntity } from '../groups/peer-group.entity';
import { ResidentEntity } from '../residents/resident.entity';
import { SessionEntity } from '../schedule/sessions/session.entity';
import { byLastName } from './roster-entries';

// The per-group print: one section per peer group meeting in the period (issue 15 made a group's
// meetings sessions naming it), with those meetings and the group's members at some time in the
// period, memberships being the dated rows of groups/roster-dates.ts ([joinedOn, leftOn)).

/** Sections by group name; a chosen group gets its section even in a week it does not meet (an unknown one is not found). */
export async function byGroup(manager: EntityManager, entries: RosterEntry[], groupId: string | null, from: string, to: string): Promise<RosterSection[]> {
  const sessionIds = [...new Set(entries.map((entry) => entry.sessionId))];
  const sessions = sessionIds.length === 0 ? [] : await manager.find(SessionEntity, { select: { id: true, groupId: true }, where: { id: In(sessionIds) } });
  const groupOfSession = new Map(sessions.flatMap((session) => (session.groupId ? [[session.id, session.groupId] as const] : [])));
  const groupIds = [...new Set([...(groupId ? [groupId] : []), ...groupOfSession.values()])];
  const groups = groupIds.length === 0 ? [] : await manager.find(PeerGroupEntity, { select: { id: true, name: true }, where: { id: In(groupIds) } });
  if (groupId && !groups.some((group) => group.id === groupId)) throw groupNotFound();
  const members = await membersDuring(manager, groupIds, from, to);
  return groups
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id))
    .map((group) => ({
      subject: { type: 'group', id: group.id, name: group.name },
      language: null,
      entries: entries.filter((entry) => groupOfSession.get(entry.sessionId) === group.id),
      members: members.filter((member) => member.groupId === group.id).map(({ groupId: _groupId, ...member }) => member),
    }));
}

/** Memberships overlapping [from, to], with the residents' names, by last name. */
async function membersDuring(manager: EntityManager, groupIds: string[], from: string, to: string): Promise<Array<RosterMember & { groupId: string }>> {
  if (groupIds.length === 0) return [];
  const rows = await manager
    .createQueryBuilder(GroupMembershipEntity, 'm')
    .innerJoin(ResidentEntity, 'r', 'r.id = m.residentId')
    .select(['m.groupId AS "groupId"', 'm.joinedOn AS "joinedOn"', 'm.leftOn AS "leftOn"', 'r.id AS "id"', 'r.firstName AS "firstName"', 'r.lastName AS "lastName"'])
    .where('m.groupId IN (:...groupIds)', { groupIds })
    .andWhere('m.joinedOn <= :to', { to })
    .andWhere('(m.leftOn IS NULL OR m.leftOn > :from)', { from })
    .getRawMany<RosterMember & { groupId: string }>();
  return rows.sort((a, b) => byLastName(a, b) || a.joinedOn.localeCompare(b.joinedOn));
}
