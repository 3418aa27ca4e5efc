import type { EntityManager } from 'typeorm';
import { createGroupInput, type GroupKind } from '../../../shared/contract/groups';
import { createPairInput, logMeetingInput } from '../../../shared/contract/mentoring';
import { addDays } from '../../../shared/dates';
import type { Role } from '../../../shared/permissions';
import type { Actor } from '../context';
import type { GroupsService } from '../groups/groups-service';
import type { MentoringService } from '../mentoring/mentoring-service';
import { ResidentEntity } from '../residents/resident.entity';
import { StaffRoleEntity } from '../staff/staff-role.entity';

/** The demo's peer groups; the first is full (its capacity is its current members) with a short waitlist. */
const DEMO_GROUPS: Array<{ name: string; kind: GroupKind; focus: string; capacity: number; members: number; waiting: number }> = [
  { name: 'Relapse prevention', kind: 'discussion', focus: 'Triggers, cravings and a plan for the weeks after leaving.', capacity: 8, members: 8, waiting: 2 },
  { name: 'Family and relationships', kind: 'discussion', focus: 'Rebuilding trust at home; visits and phone calls.', capacity: 10, members: 7, waiting: 0 },
  { name: 'Life skills circle', kind: 'discussion', focus: 'Budgets, cooking, work and housing: what people are working on this week.', capacity: 12, members: 8, waiting: 0 },
  { name: 'Garden crew', kind: 'activityBased', focus: 'Keeping the vegetable garden and the greenhouse; talking while working.', capacity: 10, members: 6, waiting: 0 },
  { name: 'Mentoring circle', kind: 'mentoringCircle', focus: 'Residents further along meet newer ones, with a peer support specialist.', capacity: 8, members: 5, waiting: 0 },
];

/**
 * Mentoring pairs: how long ago they last met and the days between earlier meetings, back to the
 * pair's start. The last two have not met for longer than the 14-day gap, so they are flagged.
 */
const DEMO_PAIRS: Array<{ lastMetDaysAgo: number; earlierGaps: number[] }> = [
  { lastMetDaysAgo: 2, earlierGaps: [7, 7, 9, 6, 7, 14, 7, 7, 8, 6, 7] },
  { lastMetDaysAgo: 4, earlierGaps: [7, 12, 7, 7, 7, 10, 7, 7] },
  { lastMetDaysAgo: 1, earlierGaps: [8, 7, 7, 13, 7, 7, 6, 7] },
  { lastMetDaysAgo: 6, earlierGaps: [7, 6, 7, 9, 7, 7, 5] },
  { lastMetDaysAgo: 3, earlierGaps: [5, 8, 7, 7, 11, 7] },
  { lastMetDaysAgo: 9, earlierGaps: [7, 7, 7, 6] },
  { lastMetDaysAgo: 19, earlierGaps: [8, 7, 9, 7, 10, 7, 7] },
  { lastMetDaysAgo: 26, earlierGaps: [7, 11, 7, 7, 8] },
];
const FLAGGED_PAIRS = 2;
const MEETING_TOPICS = [['Sleep', 'Routine'], ['Family visit'], ['Cravings'], ['Work plans'], ['Housing'], ['Goals for the week'], ['Budget']];

/**
 * Peer support for the demo centre: groups with facilitators and a roster history over the last
 * three months, and mentoring pairs with their meetings, through the services' `…In` pieces
 * inside the demo's one transaction. Deterministic: residents are taken in id order.
 */
export async function seedDemoPeerSupport(manager: EntityManager, services: { groups: GroupsService; mentoring: MentoringService }, today: string, actor: Actor | null) {
  const since = addDays(today, -91);
  // Admitted residents, longest stay first: the ones whose stay covers most of the three months.
  const residents = await manager.find(ResidentEntity, { where: { status: 'admitted' }, order: { admissionDate: 'ASC', id: 'ASC' } });
  const staffWith = async (role: Role) => (await manager.find(StaffRoleEntity, { where: { role }, order: { staffId: 'ASC' } })).map((row) => row.staffId);
  const facilitators = await staffWith('facilitator');
  const peers = await staffWith('peer_support_specialist');

  // Former members from the longest stays (their stay covers the weeks they came and went), current ones after them.
  let former = 0;
  let cursor = 2 * DEMO_GROUPS.length;
  const nextResident = () => residents[cursor++ % residents.length];
  for (const [index, group] of DEMO_GROUPS.entries()) {
    const lead = group.kind === 'mentoringCircle' ? peers[0] : facilitators[index % facilitators.length];
    const coLead = peers[(index + 1) % peers.length];
    const groupId = await services.groups.createIn(
      manager,
      createGroupInput.parse({
        name: group.name,
        kind: group.kind,
        focus: group.focus,
        capacity: group.capacity,
        openEnrolment: true,
        facilitators: lead === coLead ? [{ staffId: lead, role: 'facilitator' }] : [{ staffId: lead, role: 'facilitator' }, { staffId: coLead, role: 'coFacilitator' }],
      }),
      actor,
    );
    for (let i = 0; i < 2; i += 1) {
      const resident = residents[former++];
      const joinedOn = laterOf(resident.admissionDate, addDays(since, 5 + i * 9 + index));
      const leftOn = earlierOf(addDays(joinedOn, 20 + i * 6), addDays(today, -1));
      const left = { leftOn: laterOf(leftOn, joinedOn), reason: i === 0 ? ('completed' as const) : ('choseToLeave' as const), note: null };
      await services.groups.recordPastMembershipIn(manager, { groupId, residentId: resident.id, joinedOn, left }, actor);
    }
    for (let i = 0; i < group.members; i += 1) {
      const resident = nextResident();
      const joinedOn = laterOf(resident.admissionDate, addDays(since, 10 + i * 8 + index));
      await services.groups.recordPastMembershipIn(manager, { groupId, residentId: resident.id, joinedOn: earlierOf(joinedOn, today), left: null }, actor);
    }
    for (let i = 0; i < group.waiting; i += 1) await services.groups.recordWaitingIn(manager, groupId, nextResident().id, addDays(today, -6 + i * 3), actor);
  }

  for (const [index, plan] of DEMO_PAIRS.entries()) {
    const resident = residents[index * 3];
    const mentorStaffId = peers[index % peers.length];
    // Meeting dates walked back from the last one, no earlier than the resident's admission.
    const meetings = [addDays(today, -plan.lastMetDaysAgo)];
    for (const gap of plan.earlierGaps) {
      const earlier = addDays(meetings[0], -gap);
      if (earlier < resident.admissionDate) break;
      meetings.unshift(earlier);
    }
    const startsOn = laterOf(resident.admissionDate, addDays(meetings[0], -3));
    const pair = await services.mentoring.createPairIn(manager, createPairInput.parse({ mentorStaffId, residentId: resident.id, startsOn }), actor);
    for (const [meeting, heldOn] of meetings.entries()) {
      const topics = MEETING_TOPICS[(index + meeting) % MEETING_TOPICS.length];
      await services.mentoring.logMeetingIn(manager, logMeetingInput.parse({ pairId: pair.id, heldOn, durationMinutes: 30 + ((index + meeting) % 3) * 15, topics, privateNote: null }), actor);
    }
  }
  return { groups: DEMO_GROUPS.length, pairs: DEMO_PAIRS.length, flagged: FLAGGED_PAIRS };
}

const laterOf = (a: string, b: string) => (a > b ? a : b);
const earlierOf = (a: string, b: string) => (a < b ? a : b);
