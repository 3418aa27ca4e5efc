import { z } from 'zod';
import { AUDIT_ACTIONS } from '../../shared/contract/audit';
import { PROGRAMS, RESIDENT_SORT_KEYS, RESIDENT_STATUSES } from '../../shared/contract/residents';
import { ROLES } from '../../shared/permissions';
import { isoDate, recordId, sortDirection } from '../../shared/schemas/common';

// The search parameters of the screens that keep their state in the address (#/residents?status=…).
// Every field falls back to its default when absent or wrong (a hand-edited or outdated link), so a
// bad address opens the screen with that filter cleared instead of failing. Defaults are left out of
// the address (stripSearchParams in routes.tsx), so `#/residents` stays the plain register.

/** Longer than any name: a search that long finds nothing anyway. */
const MAX_SEARCH = 200;
const searchTextParam = z.string().max(MAX_SEARCH).default('').catch('');

export const RESIDENT_LIST_SEARCH_DEFAULTS = { search: '', status: 'all', program: 'all', sort: 'name', direction: 'asc', offset: 0 } as const;
export const residentListSearch = z.object({
  search: searchTextParam,
  status: z.enum([...RESIDENT_STATUSES, 'all']).default(RESIDENT_LIST_SEARCH_DEFAULTS.status).catch(RESIDENT_LIST_SEARCH_DEFAULTS.status),
  program: z.enum([...PROGRAMS, 'all']).default(RESIDENT_LIST_SEARCH_DEFAULTS.program).catch(RESIDENT_LIST_SEARCH_DEFAULTS.program),
  sort: z.enum(RESIDENT_SORT_KEYS).default(RESIDENT_LIST_SEARCH_DEFAULTS.sort).catch(RESIDENT_LIST_SEARCH_DEFAULTS.sort),
  direction: sortDirection.default(RESIDENT_LIST_SEARCH_DEFAULTS.direction).catch(RESIDENT_LIST_SEARCH_DEFAULTS.direction),
  /** Where the shown page starts; a new filter or order goes back to 0. */
  offset: z.number().int().min(0).default(0).catch(0),
});
export type ResidentListSearch = z.output<typeof residentListSearch>;

export const STAFF_LIST_SEARCH_DEFAULTS = { search: '', role: 'all', includeInactive: false } as const;
export const staffListSearch = z.object({
  search: searchTextParam,
  role: z.enum([...ROLES, 'all']).default(STAFF_LIST_SEARCH_DEFAULTS.role).catch(STAFF_LIST_SEARCH_DEFAULTS.role),
  includeInactive: z.boolean().default(STAFF_LIST_SEARCH_DEFAULTS.includeInactive).catch(STAFF_LIST_SEARCH_DEFAULTS.includeInactive),
});
export type StaffListSearch = z.output<typeof staffListSearch>;

export const AUDIT_TABS = ['trail', 'breakGlass'] as const;
export const AUDIT_SEARCH_DEFAULTS = { tab: 'trail', actorStaffId: '', residentId: '', action: '', from: '', to: '', offset: 0 } as const;
/** The audit page's tab and filters; '' means "all" (the contract's null). */
export const auditSearch = z.object({
  tab: z.enum(AUDIT_TABS).default(AUDIT_SEARCH_DEFAULTS.tab).catch(AUDIT_SEARCH_DEFAULTS.tab),
  actorStaffId: recordId.default('').catch(''),
  residentId: recordId.default('').catch(''),
  action: z.enum([...AUDIT_ACTIONS, '']).default('').catch(''),
  // A single bad date is dropped; a range in the wrong order is kept and shown under "To".
  from: isoDate.default('').catch(''),
  to: isoDate.default('').catch(''),
  /** Where the shown page of the trail starts; a new filter goes back to 0. */
  offset: z.number().int().min(0).default(0).catch(0),
});
export type AuditSearch = z.output<typeof auditSearch>;

export const SCHEDULE_SETUP_TABS = ['activityTypes', 'locations', 'resources', 'absences'] as const;
export type ScheduleSetupTab = (typeof SCHEDULE_SETUP_TABS)[number];
export const SCHEDULE_SETUP_SEARCH_DEFAULTS = { tab: 'activityTypes' } as const;
export const scheduleSetupSearch = z.object({
  tab: z.enum(SCHEDULE_SETUP_TABS).default(SCHEDULE_SETUP_SEARCH_DEFAULTS.tab).catch(SCHEDULE_SETUP_SEARCH_DEFAULTS.tab),
});

export const TODAY_SEARCH_DEFAULTS = { house: '' } as const;
/** The Today board's house filter; '' means every house (the contract's null). */
export const todaySearch = z.object({
  house: z.string().max(60).default(TODAY_SEARCH_DEFAULTS.house).catch(TODAY_SEARCH_DEFAULTS.house),
});
export type TodaySearch = z.output<typeof todaySearch>;

/** A weekly roster's print view (#/rosters/week?kind=resident&week=2026-12-07): '' means "all" or "the whole week". */
export const ROSTER_WEEK_KINDS = ['activity', 'group', 'resident', 'facilitator', 'centreWeek'] as const;
export const ROSTER_WEEK_SEARCH_DEFAULTS = { kind: 'centreWeek', day: '', subject: '' } as const;
export const rosterWeekSearch = z.object({
  kind: z.enum(ROSTER_WEEK_KINDS).default(ROSTER_WEEK_SEARCH_DEFAULTS.kind).catch(ROSTER_WEEK_SEARCH_DEFAULTS.kind),
  /** Any day of the week; none (or a bad one) prints the current week. */
  week: isoDate.default('').catch(''),
  day: isoDate.default('').catch(''),
  subject: recordId.default('').catch(''),
});
export type RosterWeekSearch = z.output<typeof rosterWeekSearch>;

export const ATTENDANCE_DAY_SEARCH_DEFAULTS = { date: '', onlyMine: true } as const;
/** The attendance screen's day ('' = today at the centre) and whether it lists only one's own sessions. */
export const attendanceDaySearch = z.object({
  date: isoDate.default('').catch(''),
  onlyMine: z.boolean().default(ATTENDANCE_DAY_SEARCH_DEFAULTS.onlyMine).catch(ATTENDANCE_DAY_SEARCH_DEFAULTS.onlyMine),
});
export type AttendanceDaySearch = z.output<typeof attendanceDaySearch>;

export const PARTICIPATION_SEARCH_DEFAULTS = { from: '', to: '' } as const;
/** The participation report's period ('' = the last four weeks up to today). */
export const participationSearch = z.object({
  from: isoDate.default('').catch(''),
  to: isoDate.default('').catch(''),
});
export type ParticipationSearch = z.output<typeof participationSearch>;

export const SCHEDULE_VIEWS = ['day', 'week', 'month'] as const;
export type ScheduleView = (typeof SCHEDULE_VIEWS)[number];
/** The week (or day) as rows of locations, facilitators or resources; 'none' is the plain calendar. */
export const SCHEDULE_GROUPINGS = ['none', 'location', 'facilitator', 'resource'] as const;
export type ScheduleGrouping = (typeof SCHEDULE_GROUPINGS)[number];
export const SCHEDULE_SEARCH_DEFAULTS = { view: 'week', date: '', groupBy: 'none', types: [] as string[], facilitator: '', location: '', resident: '' } as const;
/** The calendar's view, shown date ('' = today at the centre), grouping and filters ('' = all). */
export const scheduleSearch = z.object({
  view: z.enum(SCHEDULE_VIEWS).default(SCHEDULE_SEARCH_DEFAULTS.view).catch(SCHEDULE_SEARCH_DEFAULTS.view),
  date: isoDate.default('').catch(''),
  groupBy: z.enum(SCHEDULE_GROUPINGS).default(SCHEDULE_SEARCH_DEFAULTS.groupBy).catch(SCHEDULE_SEARCH_DEFAULTS.groupBy),
  types: z.array(recordId).max(50).default([]).catch([]),
  facilitator: recordId.default('').catch(''),
  location: recordId.default('').catch(''),
  resident: recordId.default('').catch(''),
});
export type ScheduleSearch = z.output<typeof scheduleSearch>;
