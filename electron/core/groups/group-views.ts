import { In, IsNull, type EntityManager } from 'typeorm';
import type { GroupDetail, GroupFacilitator, GroupMembership, GroupSummary, WaitlistEntry } from '../../../shared/contract/groups';
import type { Actor } from '../context';
import { ResidentEntity } from '../residents/resident.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { facilitatesGroup, groupNotFound, seesAllGroups } from './group-access';
import { GroupMembershipEntity } from './group-membership.entity';
import { PeerGroupFacilitatorEntity } from './peer-group-facilitator.entity';
import { PeerGroupEntity } from './peer-group.entity';
import { isMemberOn, occupancyFrom } from './roster-dates';
import { WaitlistEntryEntity } from './waitlist-entry.entity';

// The read side of groups: DTOs built from the rows, names looked up in one query per kind.

const personName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

async function namesOf<E extends ResidentEntity | StaffMemberEntity>(manager: EntityManager, entity: new () => E, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = (await manager.getRepository(entity).findBy({ id: In(wanted) } as never)) as Array<{ id: string; firstName: string; lastName: string }>;
  return new Map(rows.map((row) => [row.id, personName(row)]));
}

/** The open waitlist of a group, in order. */
export async function openWaitlist(manager: EntityManager, groupId: string): Promise<WaitlistEntryEntity[]> {
  return manager.find(WaitlistEntryEntity, { where: { groupId, outcome: IsNull() }, order: { addedAt: 'ASC', id: 'ASC' } });
}

export async function facilitatorsOf(manager: EntityManager, groupIds: string[]): Promise<Map<string, GroupFacilitator[]>> {
  const links = groupIds.length === 0 ? [] : await manager.findBy(PeerGroupFacilitatorEntity, { groupId: In(groupIds) });
  const names = await namesOf(manager, StaffMemberEntity, links.map((link) => link.staffId));
  const byGroup = new Map<string, GroupFacilitator[]>();
  for (const link of links) {
    const list = byGroup.get(link.groupId) ?? [];
    list.push({ staffId: link.staffId, name: names.get(link.staffId) ?? '', role: link.role });
    byGroup.set(link.groupId, list);
  }
  // The lead facilitator first, then by name.
  for (const list of byGroup.values()) list.sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name));
  return byGroup;
}

export async function groupSummaries(manager: EntityManager, groups: PeerGroupEntity[], today: string): Promise<GroupSummary[]> {
  const ids = groups.map((group) => group.id);
  const facilitators = await facilitatorsOf(manager, ids);
  const memberships = ids.length === 0 ? [] : await manager.findBy(GroupMembershipEntity, { groupId: In(ids) });
  const waiting = ids.length === 0 ? [] : await manager.findBy(WaitlistEntryEntity, { groupId: In(ids), outcome: IsNull() });
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    kind: group.kind,
    focus: group.focus,
    capacity: group.capacity,
    openEnrolment: group.openEnrolment,
    active: group.active,
    facilitators: facilitators.get(group.id) ?? [],
    memberCount: memberships.filter((m) => m.groupId === group.id && isMemberOn(m, today)).length,
    waitlistCount: waiting.filter((entry) => entry.groupId === group.id).length,
  }));
}

export async function groupDetail(manager: EntityManager, groupId: string, asOf: string, today: string, actor: Actor): Promise<GroupDetail> {
  const group = await manager.findOneBy(PeerGroupEntity, { id: groupId });
  if (!group) throw groupNotFound();
  const [summary] = await groupSummaries(manager, [group], today);
  const memberships = await manager.find(GroupMembershipEntity, { where: { groupId }, order: { joinedOn: 'DESC', recordedAt: 'DESC', id: 'DESC' } });
  const waitlistRows = await openWaitlist(manager, groupId);
  const residentNames = await namesOf(manager, ResidentEntity, [...memberships.map((m) => m.residentId), ...waitlistRows.map((w) => w.residentId)]);
  const staffNames = await namesOf(manager, StaffMemberEntity, memberships.map((m) => m.recordedByStaffId));
  const toMembership = (m: GroupMembershipEntity): GroupMembership => ({
    id: m.id,
    residentId: m.residentId,
    residentName: residentNames.get(m.residentId) ?? '',
    joinedOn: m.joinedOn,
    leftOn: m.leftOn,
    leaveReason: m.leaveReason,
    leaveNote: m.leaveNote,
    recordedAt: m.recordedAt,
    recordedByName: m.recordedByStaffId ? (staffNames.get(m.recordedByStaffId) ?? null) : null,
  });
  const waitlist: WaitlistEntry[] = waitlistRows.map((entry, index) => ({
    id: entry.id,
    residentId: entry.residentId,
    residentName: residentNames.get(entry.residentId) ?? '',
    addedOn: entry.addedOn,
    position: index + 1,
  }));
  const freePlaces = Math.max(0, group.capacity - occupancyFrom(memberships, asOf));
  const facilitates = await facilitatesGroup(manager, actor, groupId);
  return {
    ...summary,
    version: group.version,
    asOf,
    roster: memberships.filter((m) => isMemberOn(m, asOf)).map(toMembership).sort((a, b) => a.residentName.localeCompare(b.residentName)),
    history: memberships.map(toMembership),
    waitlist,
    freePlaces,
    offer: group.active && freePlaces > 0 ? (waitlist[0] ?? null) : null,
    mayChangeRoster: seesAllGroups(actor) || facilitates,
    mayManage: seesAllGroups(actor),
  };
}
