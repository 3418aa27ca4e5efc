import { expect, test, type Page } from '@playwright/test';
import { ADMIN, signInAsAdmin, uniqueName } from './support/app';
import { COLOR_SCHEMES, expectColorScheme, expectNoViolations, openInColorScheme } from './support/accessibility';
import { admitResident, invokeInPage } from './support/invoke';
import { scheduleMeeting } from './support/meetings';

// A group meeting's note, written from the keyboard, autosaved, reloaded, edited in two windows,
// signed and corrected by an addendum. Meetings are set up through the bridge as the administrator
// (also a manager: every note is theirs to open).

interface Meeting {
  occurrenceId: string;
  title: string;
  /** "First Last" of the two participants. */
  maelle: string;
  noe: string;
}

async function createMeeting(page: Page): Promise<Meeting> {
  // The register (and the note) list people by last name: Maëlle comes first.
  const maelleLast = uniqueName('Aube');
  const noeLast = uniqueName('Ciel');
  const maelle = await admitResident(page, 'Maëlle', maelleLast);
  const noe = await admitResident(page, 'Noé', noeLast);
  const title = uniqueName('Peer group ');
  const occurrenceId = await scheduleMeeting(page, { title, participantIds: [maelle, noe], year: 2028 });
  return { occurrenceId, title, maelle: `Maëlle ${maelleLast}`, noe: `Noé ${noeLast}` };
}

async function openNote(page: Page, meeting: Meeting) {
  await page.goto(`/#/notes/occurrence/${meeting.occurrenceId}`);
  await expect(page.getByRole('heading', { name: `Note: ${meeting.title}` })).toBeVisible();
}

/** The warning under a line naming `name` (other residents of the shared test database may share the first name). */
const nameWarning = (page: Page, name: string) => page.getByRole('status').filter({ hasText: /^This line names / }).filter({ hasText: name });

/** A reload is a new page load: the person signs in again, and lands on the same address. */
async function signInHere(page: Page) {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('User name').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

test('a facilitator writes a note from the keyboard, reloads mid-typing, meets a conflict from a second window, signs, cannot edit, and adds an addendum', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsAdmin(page);
  const meeting = await createMeeting(page);
  await openNote(page, meeting);

  // The whole note with the keyboard: each field follows the last in tab order.
  await page.getByLabel(`Check-in of ${meeting.maelle}`).focus();
  await page.keyboard.type('Slept well, a bit nervous');
  await page.keyboard.press('Tab'); // mood
  await page.keyboard.press('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Tired after the night');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // topic
  await page.keyboard.type('Mornings that help');
  await page.keyboard.press('Tab');
  await page.keyboard.type('We talked about routines and the barn.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Talked about her sister');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Spoke about sleep');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Everyone named one small step.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Walk before breakfast');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Go to bed by eleven');
  await saved(page);
  await expect(page.getByLabel(`Mood of ${meeting.maelle}`)).toHaveValue('4');

  // The name warning: Maëlle's line names Noé (typed without the accent).
  const maelleSharing = page.getByLabel(`What ${meeting.maelle} shared`);
  await maelleSharing.fill('Talked about her sister with Noe');
  await expect(nameWarning(page, meeting.noe)).toBeVisible();
  await saved(page);

  // Reload while typing: what was shown as saved is there, the unsaved keystrokes are not.
  const topic = page.getByRole('textbox', { name: 'Topic' });
  await topic.press('End');
  await page.keyboard.type(' and evenings');
  await page.reload();
  await signInHere(page);
  await expect(page.getByRole('textbox', { name: 'Topic' })).toHaveValue('Mornings that help');
  await expect(page.getByLabel(`What ${meeting.maelle} shared`)).toHaveValue('Talked about her sister with Noe');

  // A second window on the same note: its save is refused, and both versions are shown.
  const second = await page.context().newPage();
  await signInAsAdmin(second);
  await openNote(second, meeting);
  await page.getByRole('textbox', { name: 'Topic' }).fill('Mornings, from the first window');
  await saved(page);
  await second.getByRole('textbox', { name: 'Topic' }).fill('Mornings, from the second window');
  await expect(second.getByRole('heading', { name: 'Your version (not saved)' })).toBeVisible();
  await expect(second.getByText('Mornings, from the second window')).toBeVisible();
  await expect(second.getByText('Mornings, from the first window')).toBeVisible();
  await second.getByRole('button', { name: 'Continue with the saved one' }).click();
  await expect(second.getByRole('textbox', { name: 'Topic' })).toHaveValue('Mornings, from the first window');

  // Signing with the password, from the keyboard.
  await page.getByRole('button', { name: 'Sign the note' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Sign the note' });
  await dialog.getByLabel('Your password').fill(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Signed by ${ADMIN.firstName} ${ADMIN.lastName}`)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Topic' })).toHaveCount(0);

  // The second window still shows the editor: its edit is refused, nothing changes.
  await second.getByRole('textbox', { name: 'Topic' }).fill('Changed after signing');
  await expect(second.getByText('This note is signed and can no longer be changed; add an addendum instead.')).toBeVisible();
  await page.reload();
  await signInHere(page);
  await expect(page.getByText('Mornings, from the first window')).toBeVisible();
  await expect(page.getByText('Changed after signing')).toHaveCount(0);

  // An addendum, signed with the password, shown under the note.
  await page.getByLabel('Addendum', { exact: true }).fill('Noé left ten minutes early.');
  await page.getByLabel('Your password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Add the addendum' }).click();
  await expect(page.getByText('Noé left ten minutes early.')).toBeVisible();
  await second.close();
});

for (const scheme of COLOR_SCHEMES) {
  test(`the note screen with a name warning, and the conflict view, have no accessibility violations (${scheme})`, async ({ page }) => {
    await openInColorScheme(page, scheme);
    await signInAsAdmin(page);
    const meeting = await createMeeting(page);
    await openNote(page, meeting);
    await expectColorScheme(page, scheme);
    await page.getByLabel(`Check-in of ${meeting.maelle}`).fill('Sat next to Noé at breakfast');
    await expect(nameWarning(page, meeting.noe)).toBeVisible();
    await saved(page);
    await expectNoViolations(page, `note with a name warning (${scheme})`);
    // For the issue note: what the warning looks like (test-results/ is not kept in git).
    await page.screenshot({ path: `test-results/notes-name-warning-${scheme}.png`, fullPage: true });

    // Saved elsewhere on top of what this screen has: its next save is a conflict.
    const note = await invokeInPage<{ head: { id: string; content: Record<string, unknown> } }>(page, 'notes.open', { subjectKind: 'occurrence', subjectId: meeting.occurrenceId, openingId: crypto.randomUUID() });
    await invokeInPage(page, 'notes.save', { subjectKind: 'occurrence', subjectId: meeting.occurrenceId, baseRevisionId: note.head.id, content: { ...note.head.content, topic: 'Saved elsewhere' } });
    await page.getByRole('textbox', { name: 'Topic' }).fill('Typed here');
    await expect(page.getByRole('heading', { name: 'Your version (not saved)' })).toBeVisible();
    await expectNoViolations(page, `note conflict (${scheme})`);
    await page.screenshot({ path: `test-results/notes-conflict-${scheme}.png`, fullPage: true });
  });
}
