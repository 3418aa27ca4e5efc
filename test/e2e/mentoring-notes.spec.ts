import { expect, test, type Page } from '@playwright/test';
import { firstSignIn, NEW_PASSWORD, signInAsAdmin, TEMPORARY_PASSWORD, uniqueName } from './support/app';
import { COLOR_SCHEMES, expectColorScheme, expectNoViolations, openInColorScheme } from './support/accessibility';
import { admitResident, invokeInPage } from './support/invoke';

// A mentoring meeting's note, written by the peer support specialist who mentors the resident: from
// the pair page, with the keyboard, autosaved and signed with their password. The pair, its mentor's
// account and a logged meeting are set up through the bridge as the administrator.

interface MentoringSetUp {
  pairId: string;
  mentee: string;
  mentor: { name: string; username: string };
}

async function setUpPair(page: Page): Promise<MentoringSetUp> {
  const lastName = uniqueName('Peerson');
  const username = uniqueName('peer');
  const mentor = await invokeInPage<{ id: string }>(page, 'staff.create', { firstName: 'Pia', lastName, roles: ['peer_support_specialist'], email: '', phone: '' });
  await invokeInPage(page, 'accounts.create', { staffId: mentor.id, username, temporaryPassword: TEMPORARY_PASSWORD });
  const menteeLast = uniqueName('Mentee');
  const residentId = await admitResident(page, 'Rosalie', menteeLast);
  const today = await page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date()));
  const pair = await invokeInPage<{ id: string }>(page, 'mentoring.createPair', { mentorStaffId: mentor.id, residentId, startsOn: today });
  await invokeInPage(page, 'mentoring.logMeeting', { pairId: pair.id, heldOn: today, durationMinutes: 45, topics: ['sleep'], privateNote: 'Short private note.' });
  return { pairId: pair.id, mentee: `Rosalie ${menteeLast}`, mentor: { name: `Pia ${lastName}`, username } };
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

async function openMeetingNote(page: Page, setUp: MentoringSetUp, action: 'Write the note' | 'Open the note') {
  await page.goto(`/#/mentoring/${setUp.pairId}`);
  await page.getByRole('link', { name: new RegExp(`^${action}: meeting of `) }).click();
  await expect(page.getByRole('heading', { name: `Note: Mentoring meeting with ${setUp.mentee}` })).toBeVisible();
}

test('a peer support specialist opens a logged meeting’s note from the pair page, writes it from the keyboard and signs it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page);
  const setUp = await setUpPair(page);

  const mentorContext = await browser.newContext();
  const mentor = await mentorContext.newPage();
  await firstSignIn(mentor, setUp.mentor.username);
  await openMeetingNote(mentor, setUp, 'Write the note');
  // One participant, the mentee; a mentoring meeting takes no attendance.
  await expect(mentor.getByRole('heading', { name: 'Attendance' })).toHaveCount(0);
  await expect(mentor.getByText(/45 minutes · led by Pia/)).toBeVisible();

  await mentor.getByLabel(`Check-in of ${setUp.mentee}`).focus();
  await mentor.keyboard.type('Slept badly, hopeful');
  await mentor.keyboard.press('Tab'); // mood
  await mentor.keyboard.press('3');
  await mentor.keyboard.press('Tab');
  await mentor.keyboard.type('The weekend pass');
  await mentor.keyboard.press('Tab');
  await mentor.keyboard.type('We planned Saturday hour by hour.');
  await mentor.keyboard.press('Tab');
  await mentor.keyboard.type('Afraid of seeing old friends');
  await mentor.keyboard.press('Tab');
  await mentor.keyboard.type('Ended on a plan.');
  await mentor.keyboard.press('Tab');
  await mentor.keyboard.type('Call her sponsor on Friday');
  await saved(mentor);
  await expect(mentor.getByRole('textbox', { name: 'Topic' })).toHaveValue('The weekend pass');
  await expect(mentor.getByLabel(`Goal of ${setUp.mentee} for the coming week`)).toHaveValue('Call her sponsor on Friday');

  await mentor.getByRole('button', { name: 'Sign the note' }).focus();
  await mentor.keyboard.press('Enter');
  const dialog = mentor.getByRole('dialog', { name: 'Sign the note' });
  await dialog.getByLabel('Your password').fill(NEW_PASSWORD);
  await mentor.keyboard.press('Enter');
  await expect(mentor.getByText(`Signed by ${setUp.mentor.name}`)).toBeVisible();
  await expect(mentor.getByRole('textbox', { name: 'Topic' })).toHaveCount(0);

  // Back on the pair page, the meeting's note is said to be signed.
  await mentor.goto(`/#/mentoring/${setUp.pairId}`);
  await expect(mentor.getByRole('link', { name: /^Open the note: meeting of / })).toBeVisible();
  await expect(mentor.getByRole('table', { name: 'Meetings, newest first' }).getByText('(signed)')).toBeVisible();
  await mentorContext.close();
});

for (const scheme of COLOR_SCHEMES) {
  test(`a mentoring meeting’s note and the pair page linking it have no accessibility violations (${scheme})`, async ({ page }) => {
    await openInColorScheme(page, scheme);
    await signInAsAdmin(page);
    await expectColorScheme(page, scheme);
    const setUp = await setUpPair(page);
    await page.goto(`/#/mentoring/${setUp.pairId}`);
    await expect(page.getByRole('link', { name: /^Write the note: meeting of / })).toBeVisible();
    await expectNoViolations(page, `mentoring pair with note links (${scheme})`);
    await openMeetingNote(page, setUp, 'Write the note');
    await page.getByLabel(`Check-in of ${setUp.mentee}`).fill('Calm today');
    await saved(page);
    await expectNoViolations(page, `mentoring meeting note (${scheme})`);
  });
}
