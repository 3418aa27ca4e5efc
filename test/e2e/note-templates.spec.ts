import { expect, test, type Page } from '@playwright/test';
import { ADMIN, mainNavigation, signInAgain, signInAsAdmin, uniqueName } from './support/app';
import { COLOR_SCHEMES, expectColorScheme, expectNoViolations, openInColorScheme } from './support/accessibility';
import { admitResident, invokeInPage } from './support/invoke';
import { scheduleMeeting } from './support/meetings';

// A group's own template of note sections, edited on the group's page by a manager (the
// administrator is also one), then followed by the note of the group's meeting. The group and its
// meeting are set up through the bridge.

interface GroupMeeting {
  groupId: string;
  groupName: string;
  occurrenceId: string;
  meetingTitle: string;
}

async function createGroupMeeting(page: Page): Promise<GroupMeeting> {
  const session = await invokeInPage<{ staffId: string }>(page, 'auth.session', {});
  const groupName = uniqueName('Weekend planning ');
  const group = await invokeInPage<{ id: string }>(page, 'groups.create', { name: groupName, kind: 'discussion', focus: '', capacity: 8, openEnrolment: true, facilitators: [{ staffId: session.staffId, role: 'facilitator' }] });
  const resident = await admitResident(page, 'Maëlle', uniqueName('Aube'));
  await invokeInPage(page, 'groups.enrol', { groupId: group.id, residentId: resident, joinedOn: '2029-01-01' });
  const meetingTitle = uniqueName('Weekend meeting ');
  // In 2029, after the resident joined: the meeting books the group's roster of its date.
  const occurrenceId = await scheduleMeeting(page, { title: meetingTitle, participantIds: [], groupId: group.id, year: 2029 });
  return { groupId: group.id, groupName, occurrenceId, meetingTitle };
}

async function openTemplateEditor(page: Page, meeting: GroupMeeting) {
  await page.goto(`/#/groups/${meeting.groupId}`);
  await expect(page.getByRole('heading', { name: meeting.groupName })).toBeVisible();
  await page.getByRole('button', { name: 'Edit the note template' }).click();
  await expect(page.getByRole('form', { name: 'Note template' })).toBeVisible();
}

test('a manager renames a section, adds a safety check and leaves out the topic; the group’s meeting note follows, and the safety check is written from the keyboard and autosaved', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page);
  const meeting = await createGroupMeeting(page);
  await openTemplateEditor(page, meeting);

  await page.getByLabel('Heading of Check-in').fill('Arrivals');
  await page.getByRole('checkbox', { name: 'Include Topic in the note' }).uncheck();
  // A new section's heading field has the keyboard at once.
  await page.getByRole('button', { name: 'Add a section of the group’s own' }).click();
  await expect(page.getByLabel('Heading of Own section 1')).toBeFocused();
  await page.keyboard.type('Safety check');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Anyone at risk this week?');
  // Moved up twice with the keyboard, past the closing round and the sharing: the button keeps the focus.
  await page.getByRole('button', { name: 'Move Own section 1 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move Own section 1 up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Save the template' }).click();
  await expect(page.getByText('The note template was saved.')).toBeVisible();
  const sections = page.getByRole('list', { name: 'Sections of the note, in order' }).getByRole('listitem');
  await expect(sections).toHaveText(['Arrivals', 'Topic (left out)', 'Discussion summary', 'Safety check — Anyone at risk this week?', 'Sharing highlights', 'Closing round']);

  await page.goto(`/#/notes/occurrence/${meeting.occurrenceId}`);
  await expect(page.getByRole('heading', { name: `Note: ${meeting.meetingTitle}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Arrivals' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Topic', exact: true })).toHaveCount(0);
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.slice(headings.indexOf('Arrivals'))).toEqual(['Arrivals', 'Discussion summary', 'Safety check', 'Sharing highlights', 'Closing round']);

  await page.getByRole('textbox', { name: 'Safety check' }).focus();
  await page.keyboard.type('Nobody at risk; check in with Maëlle on Friday.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await signInAgain(page);
  await expect(page.getByRole('textbox', { name: 'Safety check' })).toHaveValue('Nobody at risk; check in with Maëlle on Friday.');

  // Signed: the signed note shows the safety check under the heading it was written with.
  await page.getByRole('button', { name: 'Sign the note' }).click();
  await page.getByRole('dialog', { name: 'Sign the note' }).getByLabel('Your password').fill(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Signed by ${ADMIN.firstName} ${ADMIN.lastName}`)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Safety check' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Safety check' })).toBeVisible();
  await expect(page.getByText('Nobody at risk; check in with Maëlle on Friday.')).toBeVisible();
});

test('leaving the template editor with unsaved changes asks first, and a template with nothing left in says why it cannot be saved', async ({ page }) => {
  await signInAsAdmin(page);
  const meeting = await createGroupMeeting(page);
  await openTemplateEditor(page, meeting);
  for (const name of ['Check-in', 'Topic', 'Discussion summary', 'Sharing highlights', 'Closing round']) await page.getByRole('checkbox', { name: `Include ${name} in the note` }).uncheck();
  await page.getByRole('button', { name: 'Save the template' }).click();
  await expect(page.getByText('Keep at least one section in the note.')).toBeVisible();
  await page.getByRole('button', { name: 'Add a section of the group’s own' }).click();
  await page.getByRole('button', { name: 'Save the template' }).click();
  await expect(page.getByText('Give this section a heading.')).toBeVisible();

  await mainNavigation(page).getByRole('link', { name: 'Staff' }).click();
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Include Topic in the note' })).not.toBeChecked();
  await expect(page.getByLabel('Heading of Own section 1')).toBeVisible();
});

for (const scheme of COLOR_SCHEMES) {
  test(`the note template editor has no accessibility violations (${scheme})`, async ({ page }) => {
    await openInColorScheme(page, scheme);
    await signInAsAdmin(page);
    const meeting = await createGroupMeeting(page);
    await openTemplateEditor(page, meeting);
    await expectColorScheme(page, scheme);
    await page.getByRole('button', { name: 'Add a section of the group’s own' }).click();
    await page.getByRole('button', { name: 'Save the template' }).click();
    await expect(page.getByText('Give this section a heading.')).toBeVisible();
    await expectNoViolations(page, `note template editor with a problem shown (${scheme})`);
  });
}
