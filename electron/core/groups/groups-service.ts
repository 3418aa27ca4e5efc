import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type {
  createGroupInput,
  EnrolResult,
  enrolFromWaitlistInput,
  enrolInput,
  GroupDetail,
  GroupSummary,
  getGroupInput,
  leaveGroupInput,
  listGroupsInput,
  updateGroupInput,
  withdrawFromWaitlistInput,
} from '../../../shared/contract/groups';
import { todayIn } from '../../../shared/dates';
import { appendAudit, diffFields } from '../audit/audit-log';
import { toInstant, type Clock } from '../clock';
import type { Actor } from '../context';
import { assertVersion, updateWithVersion } from '../persistence/versioned-update';
import { invalidField, notFound } from '../errors';
import { newId } from '../ids';
import { ResidentEntity } from '../residents/resident.entity';
import { syncParticipation } from '../schedule/sessions/participants-sync';
import type { SettingsService } from '../settings/settings-service';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { assertMaySeeGroup, groupNotFound, seesAllGroups, visibleGroupIds } from './group-access';
import {
  alreadyLeft,
  alreadyMember,
  alreadyWaiting,
  closedGroupNeedsManager,
  groupFull,
  groupInactive,
  membershipNotFound,
  notAdmittedOn,
  notNextWaiting,
  rosterDateInPast,
  waitlistEntryNotFound,
} from './group-errors';
import { groupDetail, groupSummaries, openWaitlist } from './group-views';
import { GroupMembershipEntity } from './group-membership.entity';
import { PeerGroupFacilitatorEntity } from './peer-group-facilitator.entity';
import { PeerGroupEntity } from './peer-group.entity';
import { isCurrentOrAhead, occupancyFrom } from './roster-dates';
import { WaitlistEntryEntity } from './waitlist-entry.entity';

type Parsed<S extends z.ZodType> = z.output<S>;

const GROUP_FIELDS = ['name', 'kind', 'focus', 'capacity', 'openEnrolment', 'active'] as const;

/**
 * Peer groups and their rosters. Every write is one transaction with its audit rows; the
 * `…In(manager, …)` piece (a discharge ending memberships) runs inside the caller's transaction.
 */
export class GroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  async list(input: Parsed<typeof listGroupsInput>, actor: Actor): Promise<GroupSummary[]> {
    const manager = this.dataSource.manager;
    const visible = await visibleGroupIds(manager, actor);
    const groups = await manager.find(PeerGroupEntity, {
      where: { ...(input.includeInactive ? {} : { active: true }), ...(visible ? { id: In(visible) } : {}) },
      order: { name: 'ASC', id: 'ASC' },
    });
    return groupSummaries(manager, groups, await this.today(manager));
  }

  async get(input: Parsed<typeof getGroupInput>, actor: Actor): Promise<GroupDetail> {
    const manager = this.dataSource.manager;
    await assertMaySeeGroup(manager, actor, input.id);
    const today = await this.today(manager);
    return groupDetail(manager, input.id, input.asOf ?? today, today, actor);
  }

  async create(input: Parsed<typeof createGroupInput>, actor: Actor): Promise<GroupDetail> {
    return this.dataSource.transaction(async (manager) => this.detail(manager, await this.createIn(manager, input, actor), actor));
  }

  /** The group written inside the caller's transaction (the demo load); returns its id. */
  async createIn(manager: EntityManager, input: Parsed<typeof createGroupInput>, actor: Actor | null): Promise<string> {
    await this.assertActiveStaff(manager, input.facilitators.map((link) => link.staffId));
    const now = this.now();
    const { facilitators, ...details } = input;
    const group = manager.create(PeerGroupEntity, { id: newId(), ...details, active: true, createdAt: now, updatedAt: now, version: 1 });
    await manager.insert(PeerGroupEntity, group);
    await manager.insert(PeerGroupFacilitatorEntity, facilitators.map((link) => ({ groupId: group.id, ...link })));
    await appendAudit(manager, now, { action: 'record.create', actor, entityType: 'peerGroup', entityId: group.id, details: { ...details, facilitators } });
    return group.id;
  }

  /**
   * Roster history written inside the caller's transaction (the demo load): a membership that began
   * (and perhaps ended) on past dates, which `enrol` and `leave` rightly refuse to back-date.
   * The caller keeps the roster within capacity; each step gets its ordinary audit row.
   */
  async recordPastMembershipIn(
    manager: EntityManager,
    past: { groupId: string; residentId: string; joinedOn: string; left: { leftOn: string; reason: GroupMembershipEntity['leaveReason']; note: string | null } | null },
    actor: Actor | null,
  ): Promise<void> {
    const now = this.now();
    const id = await this.insertMembership(manager, past.groupId, past.residentId, past.joinedOn, actor, now, null);
    if (!past.left) return;
    const membership = await manager.findOneByOrFail(GroupMembershipEntity, { id });
    await this.endMembership(manager, membership, past.left, actor);
  }

  /** A place on a group's waitlist since `addedOn`, inside the caller's transaction (the demo load). */
  async recordWaitingIn(manager: EntityManager, groupId: string, residentId: string, addedOn: string, actor: Actor | null): Promise<void> {
    const now = this.now();
    const position = (await openWaitlist(manager, groupId)).length + 1;
    const entry = { id: newId(), groupId, residentId, addedOn, addedAt: now, addedByStaffId: actor?.staffId ?? null, outcome: null, closedAt: null, closedByStaffId: null };
    await manager.insert(WaitlistEntryEntity, entry);
    await appendAudit(manager, now, { action: 'record.create', actor, entityType: 'groupWaitlistEntry', entityId: entry.id, residentId, details: { groupId, addedOn, position } });
  }

  async update(input: Parsed<typeof updateGroupInput>, actor: Actor): Promise<GroupDetail> {
    const { id, expectedVersion, facilitators, ...details } = input;
    return this.dataSource.transaction(async (manager) => {
      const group = await manager.findOneBy(PeerGroupEntity, { id });
      if (!group) throw groupNotFound();
      assertVersion(group, expectedVersion);
      await this.assertActiveStaff(manager, facilitators.map((link) => link.staffId));
      const changes: Record<string, unknown> = diffFields(group, { ...group, ...details }, GROUP_FIELDS);
      const before = (await manager.findBy(PeerGroupFacilitatorEntity, { groupId: id })).map(({ staffId, role }) => ({ staffId, role }));
      const key = (links: Array<{ staffId: string; role: string }>) => JSON.stringify([...links].sort((a, b) => a.staffId.localeCompare(b.staffId)));
      if (key(before) !== key(facilitators)) changes.facilitators = [before, facilitators];
      if (Object.keys(changes).length === 0) return this.detail(manager, id, actor);
      const now = this.now();
      await updateWithVersion(manager, PeerGroupEntity, id, expectedVersion, { ...details, updatedAt: now });
      await manager.delete(PeerGroupFacilitatorEntity, { groupId: id });
      await manager.insert(PeerGroupFacilitatorEntity, facilitators.map((link) => ({ groupId: id, ...link })));
      await appendAudit(manager, now, { action: 'record.update', actor, entityType: 'peerGroup', entityId: id, details: { changes } });
      return this.detail(manager, id, actor);
    });
  }

  /** A member from `joinedOn`, or a place on the waitlist when the group is full, others wait, or enrolment is closed. */
  async enrol(input: Parsed<typeof enrolInput>, actor: Actor): Promise<EnrolResult> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.groupForRosterChange(manager, input.groupId, actor);
      await this.assertNotInPast(manager, 'joinedOn', input.joinedOn);
      await this.assertAdmittedOn(manager, input.residentId, input.joinedOn, 'residentId');
      const memberships = await manager.findBy(GroupMembershipEntity, { groupId: group.id });
      if (memberships.some((m) => m.residentId === input.residentId && isCurrentOrAhead(m, input.joinedOn))) throw alreadyMember();
      const waiting = await openWaitlist(manager, group.id);
      if (waiting.some((entry) => entry.residentId === input.residentId)) throw alreadyWaiting();
      const now = this.now();
      const full = occupancyFrom(memberships, input.joinedOn) >= group.capacity;
      if (!group.openEnrolment || full || waiting.length > 0) {
        const entry = { id: newId(), groupId: group.id, residentId: input.residentId, addedOn: input.joinedOn, addedAt: now, addedByStaffId: actor.staffId, outcome: null, closedAt: null, closedByStaffId: null };
        await manager.insert(WaitlistEntryEntity, entry);
        await appendAudit(manager, now, { action: 'record.create', actor, entityType: 'groupWaitlistEntry', entityId: entry.id, residentId: input.residentId, details: { groupId: group.id, addedOn: input.joinedOn, position: waiting.length + 1 } });
        return { outcome: 'waitlisted', group: await this.detail(manager, group.id, actor) };
      }
      await this.insertMembership(manager, group.id, input.residentId, input.joinedOn, actor, now, null);
      return { outcome: 'enrolled', group: await this.detail(manager, group.id, actor) };
    });
  }

  /** The offer of a freed place taken up: the waitlist entry closes and the membership starts together. */
  async enrolFromWaitlist(input: Parsed<typeof enrolFromWaitlistInput>, actor: Actor): Promise<GroupDetail> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await manager.findOneBy(WaitlistEntryEntity, { id: input.entryId, outcome: IsNull() });
      if (!entry) throw waitlistEntryNotFound();
      const group = await this.groupForRosterChange(manager, entry.groupId, actor);
      if (!group.openEnrolment && !seesAllGroups(actor)) throw closedGroupNeedsManager();
      await this.assertNotInPast(manager, 'joinedOn', input.joinedOn);
      if ((await openWaitlist(manager, group.id))[0]?.id !== entry.id) throw notNextWaiting();
      await this.assertAdmittedOn(manager, entry.residentId, input.joinedOn, 'joinedOn');
      const memberships = await manager.findBy(GroupMembershipEntity, { groupId: group.id });
      if (memberships.some((m) => m.residentId === entry.residentId && isCurrentOrAhead(m, input.joinedOn))) throw alreadyMember();
      if (occupancyFrom(memberships, input.joinedOn) >= group.capacity) throw groupFull();
      const now = this.now();
      await manager.update(WaitlistEntryEntity, { id: entry.id }, { outcome: 'enrolled', closedAt: now, closedByStaffId: actor.staffId });
      await this.insertMembership(manager, group.id, entry.residentId, input.joinedOn, actor, now, entry.id);
      return this.detail(manager, group.id, actor);
    });
  }

  async leave(input: Parsed<typeof leaveGroupInput>, actor: Actor): Promise<GroupDetail> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOneBy(GroupMembershipEntity, { id: input.membershipId });
      if (!membership) throw membershipNotFound();
      await assertMaySeeGroup(manager, actor, membership.groupId);
      if (membership.leftOn !== null) throw alreadyLeft();
      await this.assertNotInPast(manager, 'leftOn', input.leftOn);
      if (input.leftOn < membership.joinedOn) throw invalidField('leftOn', 'validation.leftBeforeJoined');
      await this.endMembership(manager, membership, { leftOn: input.leftOn, reason: input.reason, note: input.note }, actor);
      return this.detail(manager, membership.groupId, actor);
    });
  }

  async withdrawFromWaitlist(input: Parsed<typeof withdrawFromWaitlistInput>, actor: Actor): Promise<GroupDetail> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await manager.findOneBy(WaitlistEntryEntity, { id: input.entryId, outcome: IsNull() });
      if (!entry) throw waitlistEntryNotFound();
      await assertMaySeeGroup(manager, actor, entry.groupId);
      await this.closeWaitlistEntry(manager, entry, 'withdrawn', actor);
      return this.detail(manager, entry.groupId, actor);
    });
  }

  /**
   * Run inside a discharge's own transaction: every membership still open on the discharge date
   * ends on it, and every open waitlist place closes, each with its audit row.
   */
  async endForDischargeIn(manager: EntityManager, residentId: string, dischargeDate: string, actor: Actor | null): Promise<void> {
    const memberships = await manager.findBy(GroupMembershipEntity, { residentId });
    for (const membership of memberships.filter((m) => isCurrentOrAhead(m, dischargeDate))) {
      // A membership booked to start after the discharge ends the day it would have started.
      const leftOn = membership.joinedOn > dischargeDate ? membership.joinedOn : dischargeDate;
      await this.endMembership(manager, membership, { leftOn, reason: 'discharged', note: null }, actor);
    }
    for (const entry of await manager.findBy(WaitlistEntryEntity, { residentId, outcome: IsNull() })) {
      await this.closeWaitlistEntry(manager, entry, 'discharged', actor);
    }
  }

  private async endMembership(
    manager: EntityManager,
    membership: GroupMembershipEntity,
    end: { leftOn: string; reason: GroupMembershipEntity['leaveReason']; note: string | null },
    actor: Actor | null,
  ): Promise<void> {
    const now = this.now();
    await manager.update(GroupMembershipEntity, { id: membership.id }, { leftOn: end.leftOn, leaveReason: end.reason, leaveNote: end.note, leftRecordedAt: now, leftRecordedByStaffId: actor?.staffId ?? null });
    // From the leaving date on, the group's meetings no longer book them.
    await syncParticipation(manager, { action: 'remove', residentId: membership.residentId, groupId: membership.groupId, fromDate: end.leftOn, reason: end.reason === 'discharged' ? 'discharged' : 'leftGroup' }, now, actor);
    await appendAudit(manager, now, {
      action: 'record.update',
      actor,
      entityType: 'groupMembership',
      entityId: membership.id,
      residentId: membership.residentId,
      details: { groupId: membership.groupId, changes: { leftOn: [membership.leftOn, end.leftOn] }, reason: end.reason },
    });
  }

  private async closeWaitlistEntry(manager: EntityManager, entry: WaitlistEntryEntity, outcome: 'withdrawn' | 'discharged', actor: Actor | null): Promise<void> {
    const now = this.now();
    await manager.update(WaitlistEntryEntity, { id: entry.id }, { outcome, closedAt: now, closedByStaffId: actor?.staffId ?? null });
    await appendAudit(manager, now, { action: 'record.update', actor, entityType: 'groupWaitlistEntry', entityId: entry.id, residentId: entry.residentId, details: { groupId: entry.groupId, outcome } });
  }

  private async insertMembership(manager: EntityManager, groupId: string, residentId: string, joinedOn: string, actor: Actor | null, now: string, fromWaitlistEntryId: string | null): Promise<string> {
    const id = newId();
    await manager.insert(GroupMembershipEntity, {
      id,
      groupId,
      residentId,
      joinedOn,
      leftOn: null,
      leaveReason: null,
      leaveNote: null,
      recordedAt: now,
      recordedByStaffId: actor?.staffId ?? null,
      leftRecordedAt: null,
      leftRecordedByStaffId: null,
    });
    await appendAudit(manager, now, { action: 'record.create', actor, entityType: 'groupMembership', entityId: id, residentId, details: { groupId, joinedOn, fromWaitlistEntryId } });
    // From the joining date on, the group's meetings book them (never one already past).
    await syncParticipation(manager, { action: 'add', residentId, groupId, fromDate: joinedOn, reason: 'joinedGroup' }, now, actor);
    return id;
  }

  /** The group, if the person may change its roster and it is active. */
  private async groupForRosterChange(manager: EntityManager, groupId: string, actor: Actor): Promise<PeerGroupEntity> {
    await assertMaySeeGroup(manager, actor, groupId);
    const group = await manager.findOneBy(PeerGroupEntity, { id: groupId });
    if (!group) throw groupNotFound();
    if (!group.active) throw groupInactive();
    return group;
  }

  private async assertActiveStaff(manager: EntityManager, staffIds: string[]): Promise<void> {
    const found = await manager.findBy(StaffMemberEntity, { id: In(staffIds), active: true });
    if (found.length !== new Set(staffIds).size) throw notFound('staff');
  }

  /** Admitted on `date` in their current stay (a discharged resident joins nothing). */
  private async assertAdmittedOn(manager: EntityManager, residentId: string, date: string, field: string): Promise<void> {
    const resident = await manager.findOneBy(ResidentEntity, { id: residentId });
    if (!resident) throw notFound('resident');
    if (resident.status !== 'admitted' || resident.admissionDate > date) throw notAdmittedOn(field);
  }

  private async assertNotInPast(manager: EntityManager, field: string, date: string): Promise<void> {
    if (date < (await this.today(manager))) throw rosterDateInPast(field);
  }

  private detail(manager: EntityManager, groupId: string, actor: Actor): Promise<GroupDetail> {
    return this.today(manager).then((today) => groupDetail(manager, groupId, today, today, actor));
  }

  private async today(manager: EntityManager): Promise<string> {
    return todayIn((await this.settings.get(manager)).timeZone, this.clock.now());
  }

  private now(): string {
    return toInstant(this.clock.now());
  }
}
