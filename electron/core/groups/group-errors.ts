import { DomainError, conflict, invalidField } from '../errors';

// The refusals of roster changes, each with its problems.groups.* sentence.

export const membershipNotFound = () => new DomainError('not_found', 'problems.groups.membershipNotFound', 'The membership was not found.');
export const waitlistEntryNotFound = () => new DomainError('not_found', 'problems.groups.waitlistEntryNotFound', 'The waitlist entry was not found or is no longer open.');
export const groupInactive = () => conflict('problems.groups.inactive', 'This group is no longer active.');
export const alreadyMember = () => conflict('problems.groups.alreadyMember', 'This resident is already a member of the group (or will be).');
export const alreadyWaiting = () => conflict('problems.groups.alreadyWaiting', 'This resident is already on the waitlist.');
export const alreadyLeft = () => conflict('problems.groups.alreadyLeft', 'This membership has already ended.');
export const notNextWaiting = () => conflict('problems.groups.notNextWaiting', 'Someone else is ahead on the waitlist: offer the place to them first.');
export const groupFull = () => conflict('problems.groups.full', 'The group has no free place on that date.');
export const notAdmittedOn = (field: string) => invalidField(field, 'validation.notAdmittedOn');
/** Roster changes apply from their date on: a past day's roster never changes afterwards. */
export const rosterDateInPast = (field: string) => invalidField(field, 'validation.rosterDateInPast');
export const closedGroupNeedsManager = () =>
  new DomainError('forbidden', 'problems.groups.closedNeedsManager', 'Enrolment in this group is closed: a manager, counsellor or scheduling staff member enrols people from its waitlist.');
