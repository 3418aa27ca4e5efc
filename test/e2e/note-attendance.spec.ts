import { expect, test, type Page } from '@playwright/test';
import { signInAsAdmin, uniqueName } from './support/app';
import { admitResident, invokeInPage } from './support/invoke';
import { bookSession, createLocation, YOGA_TYPE_ID } from './support/schedule';

// "The participant lines come from that occurrence's attendance, which can also be taken from the
// note": the attendance sheet opens inside the note, writes through the same operations, and the
// note's lines follow (a walk-in gets a line, someone marked absent loses their blank one).

/**
 * A day in the past on the centre's calendar (after the residents' admission on 2 Nov 2026, see
 * admitResident), a different one per run: the administrator leads every test's meeting.
 */
function pastCentreDate(): string {
  const daysBefore = 2 + Math.floor(Math.random() * 25);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date(Date.now() - daysBefore * 24 * 60 * 60 * 1000));
}

async function heldMeeting(page: Page) {
  const prefix = uniqueName('Hollow');
  const ana = { id: await admitResident(page, 'Ana', `${prefix}A`), name: `${prefix}A, Ana`, line: `Ana ${prefix}A` };
  const ben = { id: await admitResident(page, 'Ben', `${prefix}B`), name: `${prefix}B, Ben`, line: `Ben ${prefix}B` };
  const wren = { id: await admitResident(page, 'Wren', `${prefix}W`), name: `${prefix}W, Wren`, line: `Wren ${prefix}W` };
  const me = await invokeInPage<{ staffId: string }>(page, 'auth.session', {});
  const location = await createLocation(page);
  const title = `Peer circle ${prefix}`;
  const occurrenceId = await bookSession(page, {
    activityTypeId: YOGA_TYPE_ID,
    title,
    locationId: location.id,
    facilitatorIds: [me.staffId],
    participantIds: [ana.id, ben.id],
    startDate: pastCentreDate(),
    startTime: `${String(Math.floor(Math.random() * 24)).padStart(2, '0')}:${String(Math.floor(Math.random() * 12) * 5).padStart(2, '0')}`,
    durationMinutes: 5,
  });
  return { occurrenceId, title, ana, ben, wren };
}

test('a facilitator takes attendance from inside the note, with a walk-in, and the note’s lines follow', async ({ page }) => {
  await signInAsAdmin(page);
  const meeting = await heldMeeting(page);
  await page.goto(`/#/notes/occurrence/${meeting.occurrenceId}`);
  await expect(page.getByRole('heading', { name: `Note: ${meeting.title}` })).toBeVisible();
  await expect(page.getByLabel(`Check-in of ${meeting.ben.line}`)).toBeVisible();

  // The sheet opens in the note with the keyboard ready on the first person's status.
  const open = page.getByRole('button', { name: 'Take attendance in the note' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide the attendance sheet' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('radiogroup', { name: `Status of ${meeting.ana.name}` }).getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('p');
  await page.keyboard.press('Enter');
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Save attendance' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Attendance saved.')).toBeVisible();

  // Ben was absent: his blank line goes; the note's list says how each was marked.
  const list = page.getByRole('list', { name: 'Attendance' });
  await expect(list).toContainText(`${meeting.ana.line}: Present`);
  await expect(list).toContainText(`${meeting.ben.line}: Absent`);
  await expect(page.getByLabel(`Check-in of ${meeting.ben.line}`)).toHaveCount(0);

  // A walk-in added on the sheet gets a line in the note, written and saved like any other.
  // From the keyboard: the name's start leaves one choice (the others are on the roster already).
  const walkIn = page.getByRole('combobox', { name: 'Resident who came without being on the roster' });
  await walkIn.fill(meeting.wren.name.slice(0, 14));
  await expect(page.getByRole('option', { name: meeting.wren.name })).toHaveCount(1);
  await walkIn.press('ArrowDown');
  await walkIn.press('Enter');
  await expect(walkIn).toHaveValue(meeting.wren.name);
  await page.getByRole('button', { name: 'Add as present' }).click();
  await expect(list).toContainText(`${meeting.wren.line}: Present (walk-in)`);
  await page.getByLabel(`Check-in of ${meeting.wren.line}`).fill('First time here, glad to come');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  // The same attendance as the attendance screen shows, and the line survives a fresh opening.
  const sheet = await invokeInPage<{ rows: Array<{ residentId: string; walkIn: boolean; mark: { status: string } | null }> }>(page, 'attendance.sheet', { occurrenceId: meeting.occurrenceId });
  expect(Object.fromEntries(sheet.rows.map((row) => [row.residentId, row.mark?.status]))).toEqual({ [meeting.ana.id]: 'present', [meeting.ben.id]: 'absent', [meeting.wren.id]: 'present' });
  await page.goto('/#/');
  await page.goto(`/#/notes/occurrence/${meeting.occurrenceId}`);
  await expect(page.getByLabel(`Check-in of ${meeting.wren.line}`)).toHaveValue('First time here, glad to come');
});
