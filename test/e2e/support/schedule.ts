import { expect, type Locator, type Page } from '@playwright/test';
import { ADMIN, mainNavigation, uniqueName } from './app';
import { invokeInPage } from './invoke';

// Setting up what the schedule's tests book, through the bridge: a location, a facilitator, a horse
// of their own (unique names, so tests running side by side on one database never clash by chance).

export const YOGA_TYPE_ID = '01900000-0000-7000-8000-000000000003';


export async function createLocation(page: Page, prefix = 'Studio'): Promise<{ id: string; name: string }> {
  const name = uniqueName(prefix);
  return invokeInPage<{ id: string; name: string }>(page, 'locations.create', { name, capacity: 20, onSite: true });
}

export async function createFacilitator(page: Page, firstName = 'Fay'): Promise<{ id: string; name: string }> {
  const lastName = uniqueName('Facil');
  const staff = await invokeInPage<{ id: string }>(page, 'staff.create', { firstName, lastName, roles: ['facilitator'], email: '', phone: '' });
  return { id: staff.id, name: `${firstName} ${lastName}` };
}

export async function createHorse(page: Page): Promise<{ id: string; name: string }> {
  const name = uniqueName('Horse');
  return invokeInPage<{ id: string; name: string }>(page, 'resources.create', { kind: 'horse', name, maxSessionsPerDay: 4, restDays: [] });
}

/** Books a single session through the bridge; returns the id of its one occurrence. */
export async function bookSession(page: Page, draft: { activityTypeId: string; locationId: string; facilitatorIds: string[]; startDate: string; startTime: string; title?: string | null; durationMinutes?: number; participantIds?: string[]; resourceIds?: string[] }): Promise<string> {
  const session = await invokeInPage<{ id: string }>(page, 'sessions.create', {
    draft: { title: null, resourceIds: [], participantIds: [], capacity: 10, durationMinutes: 60, recurrence: null, ...draft },
    capacityOverrideReason: null,
  });
  const { occurrences } = await invokeInPage<{ occurrences: Array<{ id: string; sessionId: string }> }>(page, 'schedule.range', { from: draft.startDate, to: draft.startDate });
  const occurrence = occurrences.find((o) => o.sessionId === session.id);
  if (!occurrence) throw new Error('the session has no occurrence on its start date');
  return occurrence.id;
}

/** Opens the calendar at an address, signed in (only the address's hash changes: the page stays signed in). */
export async function openSchedule(page: Page, search: Record<string, string>): Promise<void> {
  await page.goto(`/#/schedule?${new URLSearchParams(search).toString()}`);
  await expect(page.getByRole('heading', { name: 'Schedule', level: 1 })).toBeVisible();
}

/** After a reload, which signs out in the preview: the address stays and comes back once signed in. */
export async function signInWhereYouAre(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('User name').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(mainNavigation(page)).toBeVisible();
}

/** Chooses an option of a Mantine Select or MultiSelect by its label, then leaves the field (a MultiSelect's list stays open until then). */
export async function choose(within: Locator, label: string, option: string): Promise<void> {
  await within.getByRole('combobox', { name: label }).click();
  await within.page().getByRole('option', { name: option, exact: true }).click();
  await within.page().keyboard.press('Tab');
}
