import { createMemoryHistory, createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import type { Permission } from '../../../shared/permissions';
import { visibleNavItems } from '../../../renderer/app/navigation';

// The navbar reads the routes' staticData. The app's own route list pulls in every screen (and the
// DOM with them), so this checks the derivation on a route list declared the same way.
const root = createRootRoute();
const child = (path: string, staticData: NonNullable<Parameters<typeof createRoute>[0]['staticData']>) => createRoute({ getParentRoute: () => root, path, staticData });
const routeTree = root.addChildren([
  createRoute({ getParentRoute: () => root, path: '/' }),
  child('/residents', { permission: 'residents.read', navLabelKey: 'common.nav.residents' }),
  child('/residents/$id', { permission: 'residents.read' }),
  child('/emergency-access', { permission: 'records.breakGlass', unless: 'residents.read', navLabelKey: 'common.nav.emergencyAccess' }),
  child('/staff', { permission: 'staff.read', navLabelKey: 'common.nav.staff' }),
  child('/audit', { permission: 'audit.read', navLabelKey: 'common.nav.audit' }),
]);
// A router works out each route's full path, as the app's does when it starts.
createRouter({ routeTree, history: createMemoryHistory() });

const holding = (...held: Permission[]) => (permission: Permission) => held.includes(permission);
const paths = (can: (permission: Permission) => boolean) => visibleNavItems(routeTree, can).map((item) => item.to);

describe('the navbar, derived from the routes', () => {
  it('lists the screens with a label that the person may open, in route order, and no screen without a label', () => {
    expect(paths(holding('residents.read', 'staff.read', 'audit.read'))).toEqual(['/residents', '/staff', '/audit']);
    expect(paths(holding('staff.read'))).toEqual(['/staff']);
  });

  it('offers emergency access only to those who may not browse the register', () => {
    expect(paths(holding('records.breakGlass'))).toEqual(['/emergency-access']);
    expect(paths(holding('records.breakGlass', 'residents.read'))).toEqual(['/residents']);
  });

  it('lists nothing to someone without any permission, so the start page explains instead', () => {
    expect(paths(() => false)).toEqual([]);
  });

  it('gives each item its label key', () => {
    expect(visibleNavItems(routeTree, holding('audit.read'))).toEqual([{ to: '/audit', labelKey: 'common.nav.audit' }]);
  });
});
