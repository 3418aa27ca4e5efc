import { ATTENDANCE_STATUSES, ENGAGEMENT_LEVELS, type AttendanceStatus, type EngagementLevel } from '../../../shared/contract/attendance';

// One key per status, shown on the sheet; the same letters in every language, so a facilitator's
// fingers do not change with the interface language.
export const STATUS_KEYS: Record<AttendanceStatus, string> = { present: 'p', late: 'l', leftEarly: 'e', excused: 'x', absent: 'a' };
export const ENGAGEMENT_KEYS: Record<EngagementLevel, string> = { declined: '1', observed: '2', tookPart: '3', fullyEngaged: '4' };

export function statusForKey(key: string): AttendanceStatus | null {
  return ATTENDANCE_STATUSES.find((status) => STATUS_KEYS[status] === key.toLowerCase()) ?? null;
}

export function engagementForKey(key: string): EngagementLevel | null {
  return ENGAGEMENT_LEVELS.find((level) => ENGAGEMENT_KEYS[level] === key) ?? null;
}
