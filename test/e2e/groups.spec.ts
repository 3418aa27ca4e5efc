import { expect, test, type Locator, type Page } from '@playwright/test';
import { ADMIN, mainNavigation, signInAsAdmin, uniqueName } from './support/app';
import { admitResident, invokeInPage } from './support/invoke';

/** Picks a choice of a searchable Mantine select by typing part of it, then the option. */
async function choose(scope: Locator, page: Page, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).fill(option.split(' ')[1] ?? option);
  await page.getByRole('option', { name: option }).click();
}

test.beforeEach(async ({ page }) => {
  await signInAsAdmin(page);
});

test('staff create a group, enrol residents past its capacity onto the waitlist, free a place and enrol the person offered it in one action', async ({ page }) => {
  const family = uniqueName('Groupe');
  const names = [`Ana ${family}a`, `Ben ${family}b`, `Cleo ${family}c`];
  for (const name of names) await admitResident(page, name.split(' ')[0], name.split(' ')[1]);
  const groupName = uniqueName('Relapse prevention ');

  await mainNavigation(page).getByRole('link', { name: 'Peer groups' }).click();
  await page.getByRole('button', { name: 'New group' }).click();
  const form = page.getByRole('dialog', { name: 'New peer group' });
  await form.getByLabel('Name').fill(groupName);
  await form.getByLabel('Capacity').fill('2');
  await choose(form, page, 'Facilitators', `${ADMIN.firstName} ${ADMIN.lastName}`);
  await page.keyboard.press('Escape'); // closes the list of choices, not the dialog
  await form.getByRole('button', { name: 'Create the group' }).click();
  await expect(page.getByRole('heading', { name: groupName })).toBeVisible();

  for (const name of names) {
    await page.getByRole('button', { name: 'Enrol a resident' }).click();
    const enrol = page.getByRole('dialog', { name: 'Enrol a resident' });
    await choose(enrol, page, 'Resident', name);
    await enrol.getByRole('button', { name: 'Enrol', exact: true }).click();
    await expect(enrol).toBeHidden();
  }
  const roster = page.getByRole('table', { name: /^Members on/ });
  const waitlist = page.getByRole('table', { name: 'People waiting, in order' });
  await expect(roster.getByRole('row')).toHaveCount(3); // header and two members
  await expect(waitlist.getByRole('row')).toHaveCount(2);
  await expect(waitlist.getByRole('row').nth(1)).toContainText(names[2]);
  await expect(page.getByText(/Place free/)).toHaveCount(0);

  await page.getByRole('button', { name: `End membership of ${names[0]}` }).click();
  const leave = page.getByRole('dialog', { name: /End a membership/ });
  await leave.getByLabel('Reason').selectOption({ label: 'Moved to another group' });
  await leave.getByRole('button', { name: 'End the membership' }).click();
  await expect(leave).toBeHidden();

  await expect(page.getByText(`Place free: offer to ${names[2]}`)).toBeVisible();
  await page.getByRole('button', { name: `Enrol ${names[2]} from today` }).click();
  await expect(page.getByText(`Place free: offer to ${names[2]}`)).toBeHidden();
  await expect(roster.getByRole('row')).toHaveCount(3);
  await expect(roster).toContainText(names[2]);
  await expect(roster).not.toContainText(names[0]);
  await expect(page.getByText('Nobody is waiting.')).toBeVisible();
  const history = page.getByRole('table', { name: 'Every membership of the group, newest first' });
  await expect(history).toContainText('Moved to another group');
});

test('a manager pairs a peer support specialist with a resident and logs a meeting with a private note', async ({ page }) => {
  const family = uniqueName('Mentee');
  await admitResident(page, 'Dana', family);
  const mentorLast = uniqueName('Peer');
  await invokeInPage(page, 'staff.create', { firstName: 'Petra', lastName: mentorLast, roles: ['peer_support_specialist'], email: '', phone: '' });

  await mainNavigation(page).getByRole('link', { name: 'Mentoring' }).click();
  await page.getByRole('button', { name: 'New pair' }).click();
  const form = page.getByRole('dialog', { name: 'Pair a peer support specialist with a resident' });
  await choose(form, page, 'Peer support specialist', `Petra ${mentorLast}`);
  await choose(form, page, 'Resident', `Dana ${family}`);
  await form.getByRole('button', { name: 'Create the pair' }).click();
  await expect(page.getByRole('heading', { name: `Dana ${family} with Petra ${mentorLast}` })).toBeVisible();

  await page.getByRole('button', { name: 'Log a meeting' }).click();
  const log = page.getByRole('dialog', { name: 'Log a meeting' });
  await log.getByLabel('Duration (minutes)').fill('40');
  const topics = log.getByLabel('Topics');
  await topics.fill('cravings');
  await topics.press('Enter');
  await topics.fill('family visit');
  await topics.press('Enter');
  await log.getByLabel('Private note').fill('Worried about the weekend pass.');
  await log.getByRole('button', { name: 'Log the meeting' }).click();
  await expect(log).toBeHidden();

  const meetings = page.getByRole('table', { name: 'Meetings, newest first' });
  await expect(meetings.getByRole('row')).toHaveCount(2);
  await expect(meetings).toContainText('cravings, family visit');
  await expect(meetings).toContainText('Worried about the weekend pass.');
});
