/** A membership's dates: the person is on the roster from `joinedOn` up to the day before `leftOn`. */
export interface MembershipDates {
  joinedOn: string;
  leftOn: string | null;
}

export function isMemberOn(membership: MembershipDates, date: string): boolean {
  return membership.joinedOn <= date && (membership.leftOn === null || membership.leftOn > date);
}

/**
 * The most members the group has on `date` or any later day: memberships already booked to start
 * later count too, so a place "free today" is never one promised to someone from next week.
 */
export function occupancyFrom(memberships: readonly MembershipDates[], date: string): number {
  const days = new Set([date, ...memberships.map((m) => m.joinedOn).filter((joinedOn) => joinedOn > date)]);
  let most = 0;
  for (const day of days) most = Math.max(most, memberships.filter((m) => isMemberOn(m, day)).length);
  return most;
}

/** A membership that is current on `date` or starts after it (one a resident cannot hold twice). */
export function isCurrentOrAhead(membership: MembershipDates, date: string): boolean {
  return membership.leftOn === null || membership.leftOn > date;
}
