import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { EmergencyAccessPage } from '../features/emergency/EmergencyAccessPage';
import { AdmitResidentPage } from '../features/residents/AdmitResidentPage';
import { EditResidentPage } from '../features/residents/EditResidentPage';
import { ResidentListPage } from '../features/residents/ResidentListPage';
import { ResidentPage } from '../features/residents/ResidentPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StaffFormPage } from '../features/staff/StaffFormPage';
import { StaffListPage } from '../features/staff/StaffListPage';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { RequirePermission } from './RequirePermission';
import { Routes, type Route } from './router';

// Every screen's address. Order matters: "/residents/new" before "/residents/:id".
const ROUTES: Route[] = [
  { pattern: '/', render: () => <HomeRedirect /> },
  { pattern: '/residents', render: () => <RequirePermission permission="residents.read"><ResidentListPage /></RequirePermission> },
  { pattern: '/residents/new', render: () => <RequirePermission permission="residents.write"><AdmitResidentPage /></RequirePermission> },
  { pattern: '/residents/:id/edit', render: ({ id }) => <RequirePermission permission="residents.write"><EditResidentPage key={id} id={id} /></RequirePermission> },
  { pattern: '/residents/:id', render: ({ id }) => <RequirePermission permission="residents.read"><ResidentPage key={id} id={id} /></RequirePermission> },
  { pattern: '/emergency-access', render: () => <RequirePermission permission="records.breakGlass"><EmergencyAccessPage /></RequirePermission> },
  { pattern: '/staff', render: () => <RequirePermission permission="staff.read"><StaffListPage /></RequirePermission> },
  { pattern: '/staff/new', render: () => <RequirePermission permission="staff.write"><StaffFormPage /></RequirePermission> },
  { pattern: '/staff/:id/edit', render: ({ id }) => <RequirePermission permission="staff.write"><StaffFormPage key={id} id={id} /></RequirePermission> },
  { pattern: '/accounts', render: () => <RequirePermission permission="accounts.manage"><AccountsPage /></RequirePermission> },
  { pattern: '/settings', render: () => <RequirePermission permission="settings.manage"><SettingsPage /></RequirePermission> },
  { pattern: '/audit', render: () => <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
  { pattern: '/backups', render: () => <RequirePermission permission="backups.manage"><BackupsPage /></RequirePermission> },
];

export function AppRoutes() {
  return <Routes routes={ROUTES} fallback={<NotFoundPage />} />;
}
