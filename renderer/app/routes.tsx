import { createRootRoute, createRoute, stripSearchParams } from '@tanstack/react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AttendanceDayPage } from '../features/attendance/AttendanceDayPage';
import { AttendanceSheetPage } from '../features/attendance/AttendanceSheetPage';
import { ParticipationReportPage } from '../features/attendance/ParticipationReportPage';
import { AuditPage } from '../features/audit/AuditPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { EmergencyAccessPage } from '../features/emergency/EmergencyAccessPage';
import { AdmitResidentPage } from '../features/residents/AdmitResidentPage';
import { EditResidentPage } from '../features/residents/EditResidentPage';
import { ResidentListPage } from '../features/residents/ResidentListPage';
import { ResidentPage } from '../features/residents/ResidentPage';
import { RostersPage } from '../features/rosters/RostersPage';
import { RosterWeekPrintPage } from '../features/rosters/RosterWeekPrintPage';
import { EnterSignInSheetPage } from '../features/rosters/EnterSignInSheetPage';
import { SignInSheetPrintPage } from '../features/rosters/SignInSheetPrintPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StaffFormPage } from '../features/staff/StaffFormPage';
import { StaffListPage } from '../features/staff/StaffListPage';
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
  ROSTER_WEEK_SEARCH_DEFAULTS,
  rosterWeekSearch,
  STAFF_LIST_SEARCH_DEFAULTS,
  staffListSearch,
} from './routeSearch';

// Every screen's address, what it needs (`staticData.permission`, checked by the layout's guard) and
// its navbar entry (`navLabelKey`, listed in this order). Search parameters are validated by the zod
// schemas of routeSearch.ts; their defaults stay out of the address.

const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomeRedirect });

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

// The navbar lists the screens with a `navLabelKey` in this order.
export const routeTree = rootRoute.addChildren([
  homeRoute,
  residentsRoute,
  admitRoute,
  residentRoute,
  editResidentRoute,
  emergencyRoute,
  staffRoute,
  newStaffRoute,
  editStaffRoute,
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
