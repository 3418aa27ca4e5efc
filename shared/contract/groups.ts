import { z } from 'zod';
import { defineOperation } from './define';
import { expectedVersion, isoDate, list, optionalIsoDate, optionalNote, optionalText, recordId, requiredName } from '../schemas/common';

// Peer groups (issue 15): a group's details and facilitators, and its roster kept as dated
// membership rows like a resident's status history. A membership covers [joinedOn, leftOn): the
// person is on the roster from the day they join up to the day before they leave, so a discharge
// on a day takes them off that day's roster. Roster changes apply from their date on and are never
// dated before the centre's today, so the roster of a past day never changes afterwards (a
// discharge, itself dated, is the one exception: it ends memberships on the discharge date).
//
// A group is full on a date when its members on that date, or on any later date already booked,
// reach its capacity. Enrolling someone into a full group, into a group whose waitlist is not
// empty (the next person waiting is offered the place first), or into a group with closed
// enrolment puts them on the waitlist instead. Closed enrolment: new members come only from the
// waitlist, and only someone who manages groups (managers, counsellors, scheduling staff) enrols
// them; a facilitator may add people to the waitlist of their own closed group.

export const GROUP_KINDS = ['discussion', 'activityBased', 'mentoringCircle'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const FACILITATOR_ROLES = ['facilitator', 'coFacilitator'] as const;
export type FacilitatorRole = (typeof FACILITATOR_ROLES)[number];

export const LEAVE_REASONS = ['completed', 'choseToLeave', 'movedGroup', 'discharged', 'other'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

export const WAITLIST_OUTCOMES = ['enrolled', 'withdrawn', 'discharged'] as const;
export type WaitlistOutcome = (typeof WAITLIST_OUTCOMES)[number];

export const MAX_GROUP_CAPACITY = 100;

const facilitatorLink = z.strictObject({
  staffId: recordId,
  role: z.enum(FACILITATOR_ROLES, { message: 'validation.choose' }),
});

const groupDetailsShape = {
  name: requiredName,
  kind: z.enum(GROUP_KINDS, { message: 'validation.choose' }),
  focus: optionalText(500),
  capacity: z.number({ message: 'validation.number' }).int({ message: 'validation.number' }).min(1, { message: 'validation.groupCapacityRange' }).max(MAX_GROUP_CAPACITY, { message: 'validation.groupCapacityRange' }),
  openEnrolment: z.boolean({ message: 'validation.choose' }),
  facilitators: list(facilitatorLink, { min: 1, max: 10, message: 'validation.facilitatorsRequired' })
    .refine((links) => new Set(links.map((link) => link.staffId)).size === links.length, { message: 'validation.facilitatorTwice' })
    .refine((links) => links.some((link) => link.role === 'facilitator'), { message: 'validation.leadFacilitatorRequired' }),
};

export const createGroupInput = z.strictObject(groupDetailsShape);
export type CreateGroupInput = z.input<typeof createGroupInput>;

export const updateGroupInput = z.strictObject({ id: recordId, expectedVersion, active: z.boolean({ message: 'validation.choose' }), ...groupDetailsShape });
export type UpdateGroupInput = z.input<typeof updateGroupInput>;

export const listGroupsInput = z.strictObject({ includeInactive: z.boolean().default(false) });
export type ListGroupsInput = z.input<typeof listGroupsInput>;

/** `asOf`: the day whose roster is shown (default: the centre's today). */
export const getGroupInput = z.strictObject({ id: recordId, asOf: optionalIsoDate.default(null) });
export type GetGroupInput = z.input<typeof getGroupInput>;

export const enrolInput = z.strictObject({ groupId: recordId, residentId: recordId, joinedOn: isoDate });
export type EnrolInput = z.input<typeof enrolInput>;

export const enrolFromWaitlistInput = z.strictObject({ entryId: recordId, joinedOn: isoDate });
export type EnrolFromWaitlistInput = z.input<typeof enrolFromWaitlistInput>;

export const leaveGroupInput = z
  .strictObject({
    membershipId: recordId,
    leftOn: isoDate,
    reason: z.enum(LEAVE_REASONS, { message: 'validation.choose' }),
    note: optionalNote(500),
  })
  .refine((v) => v.reason !== 'other' || (v.note ?? '').trim() !== '', { path: ['note'], message: 'validation.reasonNoteRequired' });
export type LeaveGroupInput = z.input<typeof leaveGroupInput>;

export const withdrawFromWaitlistInput = z.strictObject({ entryId: recordId });
export type WithdrawFromWaitlistInput = z.input<typeof withdrawFromWaitlistInput>;

// ---- Outputs ----------------------------------------------------------------------------------

export interface GroupFacilitator {
  staffId: string;
  name: string;
  role: FacilitatorRole;
}

export interface GroupSummary {
  id: string;
  name: string;
  kind: GroupKind;
  focus: string | null;
  capacity: number;
  openEnrolment: boolean;
  active: boolean;
  facilitators: GroupFacilitator[];
  /** On the centre's today. */
  memberCount: number;
  waitlistCount: number;
}

export interface GroupMembership {
  id: string;
  residentId: string;
  residentName: string;
  joinedOn: string;
  /** The first day the person is no longer on the roster; null while they are a member. */
  leftOn: string | null;
  leaveReason: LeaveReason | null;
  leaveNote: string | null;
  recordedAt: string;
  recordedByName: string | null;
}

export interface WaitlistEntry {
  id: string;
  residentId: string;
  residentName: string;
  addedOn: string;
  /** 1 for the next person offered a place. */
  position: number;
}

export interface GroupDetail extends GroupSummary {
  version: number;
  asOf: string;
  /** Members on `asOf`, by name. */
  roster: GroupMembership[];
  /** Every membership ever, newest first. */
  history: GroupMembership[];
  /** Open entries, in order. */
  waitlist: WaitlistEntry[];
  /** Places free on `asOf` and every later day already booked. */
  freePlaces: number;
  /** The next person waiting, when a place is free: enrolling them is one action. */
  offer: WaitlistEntry | null;
  /** What the signed-in person may do with this group (the core checks it again on every call). */
  mayChangeRoster: boolean;
  mayManage: boolean;
}

export interface EnrolResult {
  outcome: 'enrolled' | 'waitlisted';
  group: GroupDetail;
}

// ---- Operations -------------------------------------------------------------------------------

export const groupsContract = {
  /** Managers, counsellors and scheduling staff see every group; anyone else only the groups they facilitate. */
  'groups.list': defineOperation<GroupSummary[]>()({ input: listGroupsInput, access: 'groups.read' }),
  /** One group with its roster on `asOf`, its membership history and its waitlist; another's group is `not_found`. */
  'groups.get': defineOperation<GroupDetail>()({ input: getGroupInput, access: 'groups.read' }),
  'groups.create': defineOperation<GroupDetail>()({ input: createGroupInput, access: 'groups.manage' }),
  /** Edits details, facilitators, capacity and enrolment; a group is made inactive, never deleted. */
  'groups.update': defineOperation<GroupDetail>()({ input: updateGroupInput, access: 'groups.manage' }),
  /** Enrols an admitted resident from `joinedOn`, or puts them on the waitlist (full, others waiting, closed enrolment). */
  'groups.enrol': defineOperation<EnrolResult>()({ input: enrolInput, access: 'groups.enrol' }),
  /** The offer of a freed place taken up: the next person waiting becomes a member, in one transaction. */
  'groups.enrolFromWaitlist': defineOperation<GroupDetail>()({ input: enrolFromWaitlistInput, access: 'groups.enrol' }),
  /** Ends a membership from `leftOn` (not before today), with a reason. */
  'groups.leave': defineOperation<GroupDetail>()({ input: leaveGroupInput, access: 'groups.enrol' }),
  'groups.withdrawFromWaitlist': defineOperation<GroupDetail>()({ input: withdrawFromWaitlistInput, access: 'groups.enrol' }),
};
