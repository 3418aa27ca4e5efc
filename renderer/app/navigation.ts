import type { Permission } from '../../shared/permissions';

// The screens of the navbar, in order, with what a person needs to see each. Only built screens
// are listed: no dead links.

export interface NavItem {
  path: string;
  labelKey: string;
  /** Shown when the person holds this permission... */
  permission: Permission;
  /** ...and none of these (emergency access is for those who cannot browse the register). */
  unless?: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/residents', labelKey: 'common.nav.residents', permission: 'residents.read' },
  { path: '/emergency-access', labelKey: 'common.nav.emergencyAccess', permission: 'records.breakGlass', unless: 'residents.read' },
  { path: '/staff', labelKey: 'common.nav.staff', permission: 'staff.read' },
  { path: '/accounts', labelKey: 'common.nav.accounts', permission: 'accounts.manage' },
  { path: '/audit', labelKey: 'common.nav.audit', permission: 'audit.read' },
  { path: '/backups', labelKey: 'common.nav.backups', permission: 'backups.manage' },
  { path: '/settings', labelKey: 'common.nav.settings', permission: 'settings.manage' },
];

export function visibleNavItems(can: (permission: Permission) => boolean): NavItem[] {
  return NAV_ITEMS.filter((item) => can(item.permission) && !(item.unless && can(item.unless)));
}
