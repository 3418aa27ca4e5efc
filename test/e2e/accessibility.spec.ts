import { expect, test } from '@playwright/test';
import { addStaffWithAccount, mainNavigation, NEW_PASSWORD, signIn, signInAsAdmin, TEMPORARY_PASSWORD, uniqueName } from './support/app';
import { COLOR_SCHEMES, expectColorScheme, expectNoViolations, openInColorScheme } from './support/accessibility';
import { admitResident, invokeInPage } from './support/invoke';
import { bookSession, choose, createFacilitator, createLocation, openSchedule, YOGA_TYPE_ID } from './support/schedule';

// Every screen, in both colour schemes. The first-run screen is checked in first-run.setup.ts (the
// only moment the database is empty), the damaged and in-use screens in their own specs (other previews).
for (const scheme of COLOR_SCHEMES) {
  test.describe(`in the ${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await openInColorScheme(page, scheme);
    });

    test('the sign-in screen, a page that does not exist and the lock screen have no accessibility violations', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      await expectColorScheme(page, scheme);
      await expectNoViolations(page, `sign-in (${scheme})`);

      await signInAsAdmin(page);
      await expectColorScheme(page, scheme);
      await page.goto('/#/no-such-screen');
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expectNoViolations(page, `not found (${scheme})`);

      await page.getByRole('button', { name: 'Lock screen' }).click();
      await expect(page.getByRole('heading', { name: 'Screen locked' })).toBeVisible();
      await expectNoViolations(page, `lock screen (${scheme})`);
    });

    test('the register, a resident page, the admission and edit forms, the discharge and readmit dialogs have no accessibility violations', async ({ page }) => {
      await signInAsAdmin(page);
      await expectColorScheme(page, scheme);
      const lastName = uniqueName('Axe');
      await admitResident(page, 'Alma', lastName);

      await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
      await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
      await expectNoViolations(page, `register (${scheme})`);

      await page.getByLabel('Search by name').fill(lastName);
      await page.getByRole('table').getByRole('link', { name: new RegExp(lastName) }).click();
      await expect(page.getByRole('heading', { name: 'Status history' })).toBeVisible();
      await expectNoViolations(page, `resident page (${scheme})`);

      await page.getByRole('button', { name: 'Discharge' }).click();
      const discharge = page.getByRole('dialog', { name: 'Discharge resident' });
      await expect(discharge).toBeVisible();
      await expectNoViolations(page, `discharge dialog (${scheme})`);
      await discharge.getByLabel('Discharge date').fill('2026-11-22');
      await discharge.getByLabel('Reason').selectOption({ label: 'Program completed' });
      await discharge.getByRole('button', { name: 'Confirm discharge' }).click();
      await expect(discharge).toBeHidden();

      await page.getByRole('button', { name: 'Readmit' }).click();
      const readmit = page.getByRole('dialog', { name: 'Readmit resident' });
      await expect(readmit).toBeVisible();
      await expectNoViolations(page, `readmit dialog (${scheme})`);
      await page.keyboard.press('Escape');
      await expect(readmit).toBeHidden();

      await page.getByRole('button', { name: 'Edit details' }).click();
      await expect(page.getByRole('heading', { name: new RegExp(`^Edit .*${lastName}`) })).toBeVisible();
      await expectNoViolations(page, `edit form (${scheme})`);

      await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
      await page.getByRole('button', { name: 'Admit resident' }).click();
      await page.getByRole('button', { name: 'Admit resident' }).click(); // empty: every message shows
      await expect(page.getByText('This field is required.').first()).toBeVisible();
      await expectNoViolations(page, `admission form with errors (${scheme})`);
    });

    test('the Today board and My week have no accessibility violations', async ({ page }) => {
      await signInAsAdmin(page);
      await expectColorScheme(page, scheme);
      await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
      // The demo centre's day: sessions later today (or, late at night, the empty lists) and the residents.
      await expect(page.getByRole('table', { name: /^Residents and where they are expected/ })).toHaveAttribute('aria-busy', 'false');
      await expect(page.getByRole('table', { name: /^Residents and where they are expected/ }).getByRole('row').nth(1)).toBeVisible();
      await expectNoViolations(page, `today (${scheme})`);

      await mainNavigation(page).getByRole('link', { name: 'My week' }).click();
      await expect(page.getByRole('heading', { name: 'My week', level: 1 })).toBeVisible();
      await expect(page.getByRole('region', { name: /^Week of / }).getByRole('button', { name: 'Next week' })).toBeVisible();
      await expectNoViolations(page, `my week (${scheme})`);
    });

    test('the staff list and form, the accounts and their dialogs have no accessibility violations', async ({ page }) => {
      await signInAsAdmin(page);
      await expectColorScheme(page, scheme);
      await mainNavigation(page).getByRole('link', { name: 'Staff' }).click();
      await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
      await expectNoViolations(page, `staff list (${scheme})`);
      await page.getByRole('button', { name: 'Add staff member' }).click();
      await expect(page.getByLabel('First name')).toBeVisible();
      await expectNoViolations(page, `staff form (${scheme})`);

      await mainNavigation(page).getByRole('link', { name: 'Accounts' }).click();
      await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
      await expectNoViolations(page, `accounts (${scheme})`);
      for (const [button, dialog] of [
        ['Create account', 'Create account'],
        [/^Reset password /, /^Reset the password of /],
        [/^Deactivate /, /^Deactivate /],
      ] as const) {
        await page.getByRole('button', { name: button }).first().click();
        const opened = page.getByRole('dialog', { name: dialog });
        await expect(opened).toBeVisible();
        await expectNoViolations(page, `accounts: ${String(button)} dialog (${scheme})`);
        await page.keyboard.press('Escape');
        await expect(opened).toBeHidden();
      }
    });

    test('the audit trail (both tabs), backups and settings have no accessibility violations', async ({ page }) => {
      await signInAsAdmin(page);
      await expectColorScheme(page, scheme);
      await mainNavigation(page).getByRole('link', { name: 'Audit trail' }).click();
      await expect(page.getByRole('table', { name: /Audit events, newest first/ }).getByRole('row').nth(1)).toBeVisible();
      await expectNoViolations(page, `audit trail (${scheme})`);
      await page.getByRole('tab', { name: 'Break-glass review' }).click();
      await expect(page.getByRole('tab', { name: 'Break-glass review' })).toHaveAttribute('aria-selected', 'true');
      const panel = page.getByRole('tabpanel');
      await expect(panel.getByRole('table').or(panel.getByText('No emergency access by anyone else has been recorded.', { exact: false }))).toBeVisible();
      await expectNoViolations(page, `break-glass review (${scheme})`);

      await mainNavigation(page).getByRole('link', { name: 'Backups' }).click();
      await expect(page.getByRole('table', { name: /Backup copies, newest first/ })).toHaveAttribute('aria-busy', 'false');
      await expectNoViolations(page, `backups (${scheme})`);

      await mainNavigation(page).getByRole('link', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
      await expectNoViolations(page, `settings (${scheme})`);
    });

    test('the schedule set-up (each tab, the add dialogs, a horse\'s periods with the clash preview) has no accessibility violations', async ({ page }) => {
      await signInAsAdmin(page);
      await expectColorScheme(page, scheme);
      const horse = await invokeInPage<{ id: string; name: string }>(page, 'resources.create', { kind: 'horse', name: uniqueName('Axe horse'), maxSessionsPerDay: 2, restDays: [0] });
      await invokeInPage(page, 'resources.addOutOfService', { resourceId: horse.id, startsOn: '2027-04-01', endsOn: '2027-04-02', reason: 'Farrier' });
      await mainNavigation(page).getByRole('link', { name: 'Schedule set-up' }).click();
      for (const [tab, button, dialog] of [
        ['Activity types', 'Add activity type', 'New activity type'],
        ['Locations', 'Add location', 'New location'],
        ['Horses & equipment', 'Add horse or equipment', 'New horse or equipment'],
        ['Staff absences', 'Add absence', 'New staff absence'],
      ] as const) {
        await page.getByRole('tab', { name: tab }).click();
        await expect(page.getByRole('tabpanel').getByRole('table')).toHaveAttribute('aria-busy', 'false');
        await expectNoViolations(page, `schedule set-up: ${tab} (${scheme})`);
        await page.getByRole('button', { name: button }).click();
        const opened = page.getByRole('dialog', { name: dialog });
        await expect(opened).toBeVisible();
        // The staff picker opens its list on focus. Mantine's list moves by the arrow keys and has no tab stop of its own, which axe flags (scrollable-region-focusable): it is checked closed.
        await opened.getByRole('heading', { name: dialog }).click();
        await expectNoViolations(page, `schedule set-up: ${dialog} (${scheme})`);
        await page.keyboard.press('Escape');
        await expect(opened).toBeHidden();
      }
      await page.getByRole('tab', { name: 'Horses & equipment' }).click();
      await page.getByRole('button', { name: `Periods out of service for ${horse.name}` }).click();
      const periods = page.getByRole('dialog', { name: `${horse.name}: periods out of service` });
      await periods.getByRole('textbox', { name: 'To (included)' }).fill('2027-04-30');
      await expect(periods.getByText(/sessions? would clash/)).toBeVisible();
      await expectNoViolations(page, `schedule set-up: periods out of service (${scheme})`);
    });

    test('the first password change and emergency access (form and results) have no accessibility violations', async ({ page, browser }) => {
      await signInAsAdmin(page);
      await expectColorScheme(page, scheme);
      const username = uniqueName('axeadmin').toLowerCase();
      await addStaffWithAccount(page, { firstName: 'Ines', lastName: uniqueName('Axe'), username, roles: ['Administrator'] });
      await mainNavigation(page).getByRole('link', { name: 'Residents' }).click();
      const firstResident = page.getByRole('table').getByRole('link').first();
      const residentName = (await firstResident.textContent())!.trim();
      await firstResident.click();
      const birthDate = await page.getByRole('table', { name: 'Resident details' }).getByRole('row', { name: /Date of birth/ }).getByRole('cell').last().textContent();

      const context = await browser.newContext();
      const admin = await context.newPage();
      await openInColorScheme(admin, scheme);
      await signIn(admin, username, TEMPORARY_PASSWORD);
      await expect(admin.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
      await expectColorScheme(admin, scheme);
      await expectNoViolations(admin, `first password change (${scheme})`);
      await admin.getByLabel('Current password').fill(TEMPORARY_PASSWORD);
      await admin.getByLabel('New password').fill(NEW_PASSWORD);
      await admin.getByLabel('Confirm password').fill(NEW_PASSWORD);
      await admin.getByRole('button', { name: 'Change password' }).click();

      await mainNavigation(admin).getByRole('link', { name: 'Emergency access' }).click();
      await expect(admin.getByLabel('Reason')).toBeVisible();
      await expectNoViolations(admin, `emergency access (${scheme})`);
      await admin.getByLabel('Reason').fill('Accessibility check: the on-call nurse needs the emergency contact.');
      await admin.getByLabel("Resident's name").fill(residentName.split(' ')[0]);
      await admin.getByLabel('Date of birth').fill(birthDate!.trim());
      await admin.getByRole('button', { name: 'Open the record' }).click();
      await expect(admin.getByRole('article', { name: residentName })).toBeVisible();
      await expectNoViolations(admin, `emergency access results (${scheme})`);
      await context.close();
    });

    test('peer groups (list, group page with a freed place offered, enrol dialog) and mentoring (pairs, a pair, the meeting dialog) have no accessibility violations', async ({ page }) => {
      await signInAsAdmin(page);
      await expectColorScheme(page, scheme);
      const me = await invokeInPage<{ staffId: string }>(page, 'auth.session', {});
      const family = uniqueName('Axegroup');
      const [first, second] = [await admitResident(page, 'Ines', family), await admitResident(page, 'Jon', family)];
      const groupName = uniqueName('Life skills ');
      const group = await invokeInPage<{ id: string }>(page, 'groups.create', { name: groupName, kind: 'activityBased', focus: 'Cooking and budgets', capacity: 1, openEnrolment: true, facilitators: [{ staffId: me.staffId, role: 'facilitator' }] });
      const today = await page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date()));
      const enrolled = await invokeInPage<{ group: { roster: Array<{ id: string }> } }>(page, 'groups.enrol', { groupId: group.id, residentId: first, joinedOn: today });
      await invokeInPage(page, 'groups.enrol', { groupId: group.id, residentId: second, joinedOn: today });
      await invokeInPage(page, 'groups.leave', { membershipId: enrolled.group.roster[0].id, leftOn: today, reason: 'completed', note: '' });

      await mainNavigation(page).getByRole('link', { name: 'Peer groups' }).click();
      await expect(page.getByRole('table').getByRole('link', { name: groupName })).toBeVisible();
      await expectNoViolations(page, `groups list (${scheme})`);
      await page.getByRole('table').getByRole('link', { name: groupName }).click();
      await expect(page.getByText(/Place free: offer to Jon/)).toBeVisible();
      await expectNoViolations(page, `group page (${scheme})`);
      await page.getByRole('button', { name: 'Enrol a resident' }).click();
      await expect(page.getByRole('dialog', { name: 'Enrol a resident' })).toBeVisible();
      await expectNoViolations(page, `enrol dialog (${scheme})`);
      await page.keyboard.press('Escape');

      const mentor = await invokeInPage<{ id: string }>(page, 'staff.create', { firstName: 'Pia', lastName: uniqueName('Axepeer'), roles: ['peer_support_specialist'], email: '', phone: '' });
      const pair = await invokeInPage<{ id: string }>(page, 'mentoring.createPair', { mentorStaffId: mentor.id, residentId: second, startsOn: today });
      await invokeInPage(page, 'mentoring.logMeeting', { pairId: pair.id, heldOn: today, durationMinutes: 30, topics: ['sleep'], privateNote: 'Tired.' });
      await mainNavigation(page).getByRole('link', { name: 'Mentoring' }).click();
      await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
      await expectNoViolations(page, `mentoring pairs (${scheme})`);
      await page.goto(`/#/mentoring/${pair.id}`);
      await expect(page.getByRole('table', { name: 'Meetings, newest first' })).toContainText('Tired.');
      await expectNoViolations(page, `mentoring pair (${scheme})`);
      await page.getByRole('button', { name: 'Log a meeting' }).click();
      await expect(page.getByRole('dialog', { name: 'Log a meeting' })).toBeVisible();
      await expectNoViolations(page, `log meeting dialog (${scheme})`);
    });

    test('the calendar (week, by location), an occurrence and the session form showing a clash have no accessibility violations', async ({ page }) => {
      await signInAsAdmin(page);
      await expectColorScheme(page, scheme);
      const room = await createLocation(page, 'Axe room ');
      const facilitator = await createFacilitator(page, 'Axel');
      await bookSession(page, { activityTypeId: YOGA_TYPE_ID, locationId: room.id, facilitatorIds: [facilitator.id], startDate: '2027-03-02', startTime: '10:00' });
      await openSchedule(page, { date: '2027-03-02', location: room.id });
      const calendar = page.getByRole('region', { name: 'Calendar' });
      await expect(calendar.getByRole('button', { name: 'Yoga' })).toBeVisible();
      await expectNoViolations(page, `calendar week (${scheme})`);

      await openSchedule(page, { date: '2027-03-02', location: room.id, groupBy: 'location' });
      await expect(calendar.getByText(room.name)).toBeVisible();
      await expectNoViolations(page, `calendar by location (${scheme})`);

      await calendar.getByRole('button', { name: 'Yoga' }).click();
      const occurrence = page.getByRole('dialog', { name: 'Yoga' });
      await expect(occurrence.getByRole('button', { name: 'Move' })).toBeVisible();
      await expectNoViolations(page, `occurrence dialog (${scheme})`);
      await occurrence.getByRole('button', { name: 'Close' }).click();

      await page.getByRole('button', { name: 'New session' }).click();
      const form = page.getByRole('dialog', { name: 'New session' });
      await choose(form, 'Activity', 'Yoga');
      await choose(form, 'Location', room.name);
      await choose(form, 'Facilitators', facilitator.name);
      // A click beside the fields closes any list still open over the buttons.
      await form.getByRole('heading', { name: 'New session' }).click();
      await form.getByRole('button', { name: 'Check for clashes' }).click();
      await expect(form.getByText(`${facilitator.name} already facilitates Yoga`)).toBeVisible();
      await expectNoViolations(page, `session form with a clash (${scheme})`);
    });
  });
}
