import { describe, expect, test } from 'vitest';
import { isMemberOn, occupancyFrom } from '../../../electron/core/groups/roster-dates';
import { gapOf } from '../../../electron/core/mentoring/mentoring-views';

describe('a membership', () => {
  test('counts from the day the person joins up to the day before they leave', () => {
    const membership = { joinedOn: '2026-11-23', leftOn: '2026-11-30' };
    expect(['2026-11-22', '2026-11-23', '2026-11-29', '2026-11-30'].map((day) => isMemberOn(membership, day))).toEqual([false, true, true, false]);
  });

  test('fills a place from its date on: the most members on a day or any later booked day', () => {
    const memberships = [
      { joinedOn: '2026-11-01', leftOn: '2026-11-25' },
      { joinedOn: '2026-11-26', leftOn: null },
      { joinedOn: '2026-12-01', leftOn: null },
    ];
    expect(occupancyFrom(memberships, '2026-11-24')).toBe(2); // 1 Dec: two members
    expect(occupancyFrom(memberships, '2026-11-20')).toBe(2);
    expect(occupancyFrom([{ joinedOn: '2026-11-01', leftOn: '2026-11-10' }], '2026-11-10')).toBe(0);
  });
});

describe('the mentoring gap', () => {
  test('counts whole days from the last meeting, or the start without one, and flags at the threshold', () => {
    expect(gapOf('2026-11-01', null, null, '2026-11-15', 14)).toEqual({ daysWithoutMeeting: 14, flagged: true });
    expect(gapOf('2026-11-01', '2026-11-02', null, '2026-11-15', 14)).toEqual({ daysWithoutMeeting: 13, flagged: false });
    // Across the change to standard time (1 Nov 2026 in Toronto): still calendar days.
    expect(gapOf('2026-10-25', null, null, '2026-11-08', 14)).toEqual({ daysWithoutMeeting: 14, flagged: true });
    expect(gapOf('2026-10-01', null, '2026-11-01', '2026-11-15', 14)).toEqual({ daysWithoutMeeting: 45, flagged: false });
  });
});
