import { createRootRoute, createRoute, stripSearchParams } from '@tanstack/react-router';
import { z } from 'zod';
import { NOTE_SUBJECT_KINDS } from '../../shared/contract/notes';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AttendanceDayPage } from '../features/attendance/AttendanceDayPage';
import { AttendanceSheetPage } from '../features/attendance/AttendanceSheetPage';
import { ParticipationReportPage } from '../features/attendance/ParticipationReportPage';
import { AuditPage } from '../features/audit/AuditPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { EmergencyAccessPage } from '../features/emergency/EmergencyAccessPage';
import { GroupListPage } from '../features/groups/GroupListPage';
import { GroupPage } from '../features/groups/GroupPage';
import { MentoringPage } from '../features/mentoring/MentoringPage';
import { PairPage } from '../features/mentoring/PairPage';
import { AdmitResidentPage } from '../features/residents/AdmitResidentPage';
import { EditResidentPage } from '../features/residents/EditResidentPage';
import { NotePage } from '../features/notes/NotePage';
import { UnsignedNotesPage } from '../features/notes/UnsignedNotesPage';
import { ResidentListPage } from '../features/residents/ResidentListPage';
import { ResidentPage } from '../features/residents/ResidentPage';
import { ScheduleSetupPage } from '../features/scheduleSetup/ScheduleSetupPage';
import { RostersPage } from '../features/rosters/RostersPage';
import { RosterWeekPrintPage } from '../features/rosters/RosterWeekPrintPage';
import { EnterSignInSheetPage } from '../features/rosters/EnterSignInSheetPage';
import { SignInSheetPrintPage } from '../features/rosters/SignInSheetPrintPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SchedulePage } from '../features/schedule/SchedulePage';
import { StaffFormPage } from '../features/staff/StaffFormPage';
import { StaffListPage } from '../features/staff/StaffListPage';
import { MyWeekPage } from '../features/today/MyWeekPage';
import { TodayPage } from '../features/today/TodayPage';
import { AppLayout } from './AppLayout';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import {
  ATTENDANCE_DAY_SEARCH_DEFAULTS,
  attendanceDaySearch,
  AUDIT_SEARCH_DEFAULTS,
  auditSearch,
  PARTICIPATION_SEARCH_DEFAULTS,
  participationSearch,
  RESIDENT_LIST_SEARCH_DEFAULTS,
  residentListSearch,
  SCHEDULE_SEARCH_DEFAULTS,
  SCHEDULE_SETUP_SEARCH_DEFAULTS,
  scheduleSearch,
  scheduleSetupSearch,
  ROSTER_WEEK_SEARCH_DEFAULTS,
  rosterWeekSearch,
  STAFF_LIST_SEARCH_DEFAULTS,
  staffListSearch,
  TODAY_SEARCH_DEFAULTS,
  todaySearch,
} from './routeSearch';

// Every screen's address, what it needs (`staticData.permission`, checked by the layout's guard) and
// its navbar entry (`navLabelKey`, listed in this order). Search parameters are validated by the zod
// schemas of routeSearch.ts; their defaults stay out of the address.

const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomeRedirect });

// The home page of everyone who reads the schedule (first in the navbar, so HomeRedirect lands there).
const todayRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/today',
  staticData: { permission: 'schedule.read', navLabelKey: 'common.nav.today' },
  validateSearch: todaySearch,
  search: { middlewares: [stripSearchParams(TODAY_SEARCH_DEFAULTS)] },
  component: TodayPage,
});

const scheduleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/schedule',
  staticData: { permission: 'schedule.read', navLabelKey: 'common.nav.schedule' },
  validateSearch: scheduleSearch,
  search: { middlewares: [stripSearchParams(SCHEDULE_SEARCH_DEFAULTS)] },
  component: SchedulePage,
});

const residentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/residents',
  staticData: { permission: 'residents.read', navLabelKey: 'common.nav.residents' },
  validateSearch: residentListSearch,
  search: { middlewares: [stripSearchParams(RESIDENT_LIST_SEARCH_DEFAULTS)] },
  component: ResidentListPage,
});

const admitRoute = createRoute({ getParentRoute: () => rootRoute, path: '/residents/new', staticData: { permission: 'residents.write' }, component: AdmitResidentPage });

const residentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/residents/$id',
  staticData: { permission: 'residents.read' },
  // Another resident is another opening (and another form): the screen starts afresh.
  remountDeps: ({ params }) => params.id,
  component: function ResidentRoute() {
    return <ResidentPage id={residentRoute.useParams().id} />;
  },
});

const editResidentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/residents/$id/edit',
  staticData: { permission: 'residents.write' },
  remountDeps: ({ params }) => params.id,
  component: function EditResidentRoute() {
    return <EditResidentPage id={editResidentRoute.useParams().id} />;
  },
});

const myWeekRoute = createRoute({ getParentRoute: () => rootRoute, path: '/my-week', staticData: { permission: 'schedule.read', navLabelKey: 'common.nav.myWeek' }, component: MyWeekPage });

const groupsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/groups', staticData: { permission: 'groups.read', navLabelKey: 'common.nav.groups' }, component: GroupListPage });

const groupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/groups/$id',
  staticData: { permission: 'groups.read' },
  remountDeps: ({ params }) => params.id,
  component: function GroupRoute() {
    return <GroupPage id={groupRoute.useParams().id} />;
  },
});

const mentoringRoute = createRoute({ getParentRoute: () => rootRoute, path: '/mentoring', staticData: { permission: 'mentoring.read', navLabelKey: 'common.nav.mentoring' }, component: MentoringPage });

const pairRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mentoring/$id',
  staticData: { permission: 'mentoring.read' },
  remountDeps: ({ params }) => params.id,
  component: function PairRoute() {
    return <PairPage id={pairRoute.useParams().id} />;
  },
});

const emergencyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/emergency-access',
  staticData: { permission: 'records.breakGlass', unless: 'residents.read', navLabelKey: 'common.nav.emergencyAccess' },
  component: EmergencyAccessPage,
});

const staffRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/staff',
  staticData: { permission: 'staff.read', navLabelKey: 'common.nav.staff' },
  validateSearch: staffListSearch,
  search: { middlewares: [stripSearchParams(STAFF_LIST_SEARCH_DEFAULTS)] },
  component: StaffListPage,
});

const newStaffRoute = createRoute({ getParentRoute: () => rootRoute, path: '/staff/new', staticData: { permission: 'staff.write' }, component: () => <StaffFormPage /> });

const editStaffRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/staff/$id/edit',
  staticData: { permission: 'staff.write' },
  remountDeps: ({ params }) => params.id,
  component: function EditStaffRoute() {
    return <StaffFormPage id={editStaffRoute.useParams().id} />;
  },
});

const scheduleSetupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/schedule-setup',
  staticData: { permission: 'schedule.read', navLabelKey: 'common.nav.scheduleSetup' },
  validateSearch: scheduleSetupSearch,
  search: { middlewares: [stripSearchParams(SCHEDULE_SETUP_SEARCH_DEFAULTS)] },
  component: ScheduleSetupPage,
});

// Printed rosters: the chooser (a facilitator sees only sign-in sheets of their own sessions), the
// weekly print views, and one occurrence's sign-in sheet. Print CSS hides the app's frame.
const rostersRoute = createRoute({ getParentRoute: () => rootRoute, path: '/rosters', staticData: { permission: 'rosters.printSignInSheets', navLabelKey: 'common.nav.rosters' }, component: RostersPage });

const rosterWeekRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rosters/week',
  staticData: { permission: 'rosters.print' },
  validateSearch: rosterWeekSearch,
  search: { middlewares: [stripSearchParams(ROSTER_WEEK_SEARCH_DEFAULTS)] },
  component: function RosterWeekRoute() {
    return <RosterWeekPrintPage search={rosterWeekRoute.useSearch()} />;
  },
});

const signInSheetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rosters/sheet/$occurrenceId',
  staticData: { permission: 'rosters.printSignInSheets' },
  remountDeps: ({ params }) => params.occurrenceId,
  component: function SignInSheetRoute() {
    return <SignInSheetPrintPage occurrenceId={signInSheetRoute.useParams().occurrenceId} />;
  },
});

// The sheet typed back, saved through the attendance operations (issue 15): who may take attendance.
const enterSignInSheetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rosters/sheet/$occurrenceId/enter',
  staticData: { permission: 'attendance.take' },
  remountDeps: ({ params }) => params.occurrenceId,
  component: function EnterSignInSheetRoute() {
    return <EnterSignInSheetPage occurrenceId={enterSignInSheetRoute.useParams().occurrenceId} />;
  },
});

const attendanceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/attendance',
  staticData: { permission: 'attendance.read', navLabelKey: 'common.nav.attendance' },
  validateSearch: attendanceDaySearch,
  search: { middlewares: [stripSearchParams(ATTENDANCE_DAY_SEARCH_DEFAULTS)] },
  component: function AttendanceRoute() {
    return <AttendanceDayPage search={attendanceRoute.useSearch()} />;
  },
});

const attendanceSheetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/attendance/$occurrenceId',
  staticData: { permission: 'attendance.read' },
  remountDeps: ({ params }) => params.occurrenceId,
  component: function AttendanceSheetRoute() {
    return <AttendanceSheetPage occurrenceId={attendanceSheetRoute.useParams().occurrenceId} />;
  },
});

const participationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/participation',
  staticData: { permission: 'attendance.read', navLabelKey: 'common.nav.participation' },
  validateSearch: participationSearch,
  search: { middlewares: [stripSearchParams(PARTICIPATION_SEARCH_DEFAULTS)] },
  component: function ParticipationRoute() {
    return <ParticipationReportPage search={participationRoute.useSearch()} />;
  },
});

const accountsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/accounts', staticData: { permission: 'accounts.manage', navLabelKey: 'common.nav.accounts' }, component: AccountsPage });

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  staticData: { permission: 'audit.read', navLabelKey: 'common.nav.audit' },
  validateSearch: auditSearch,
  search: { middlewares: [stripSearchParams(AUDIT_SEARCH_DEFAULTS)] },
  component: AuditPage,
});

const backupsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/backups', staticData: { permission: 'backups.manage', navLabelKey: 'common.nav.backups' }, component: BackupsPage });

const settingsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/settings', staticData: { permission: 'settings.manage', navLabelKey: 'common.nav.settings' }, component: SettingsPage });

const unsignedNotesRoute = createRoute({ getParentRoute: () => rootRoute, path: '/notes', staticData: { permission: 'notes.read', navLabelKey: 'common.nav.notes' }, component: UnsignedNotesPage });

// A group meeting's note is #/notes/occurrence/<id>, a mentoring meeting's #/notes/mentoringMeeting/<id>.
const noteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/notes/$subjectKind/$subjectId',
  staticData: { permission: 'notes.read' },
  params: { parse: (raw) => ({ subjectKind: z.enum(NOTE_SUBJECT_KINDS).parse(raw.subjectKind), subjectId: raw.subjectId }), stringify: (params) => params },
  // Another meeting is another opening and another note: the screen starts afresh.
  remountDeps: ({ params }) => `${params.subjectKind}/${params.subjectId}`,
  component: function NoteRoute() {
    const { subjectKind, subjectId } = noteRoute.useParams();
    return <NotePage subject={{ subjectKind, subjectId }} />;
  },
});

// The navbar lists the screens with a `navLabelKey` in this order.
export const routeTree = rootRoute.addChildren([
  homeRoute,
  todayRoute,
  scheduleRoute,
  residentsRoute,
  admitRoute,
  residentRoute,
  editResidentRoute,
  myWeekRoute,
  groupsRoute,
  groupRoute,
  mentoringRoute,
  pairRoute,
  unsignedNotesRoute,
  noteRoute,
  emergencyRoute,
  staffRoute,
  newStaffRoute,
  editStaffRoute,
  scheduleSetupRoute,
  rostersRoute,
  rosterWeekRoute,
  signInSheetRoute,
  enterSignInSheetRoute,
  attendanceRoute,
  attendanceSheetRoute,
  participationRoute,
  accountsRoute,
  auditRoute,
  backupsRoute,
  settingsRoute,
]);
