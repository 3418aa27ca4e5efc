import { expect, test, type Page } from '@playwright/test';
import { mainNavigation, signInAsAdmin, uniqueName } from './support/app';
import { COLOR_SCHEMES, expectColorScheme, expectNoViolations, openInColorScheme } from './support/accessibility';
import { admitResident, invokeInPage } from './support/invoke';

// The administrator of the end-to-end database is also a manager: they facilitate the meeting
// (record-scoped permissions are proven through the bridge in test/integration/attendance.test.ts).

/** Today and `days` before it on the centre's calendar (America/Toronto, the default setting). */
function centreDate(daysBefore = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date(Date.now() - daysBefore * 24 * 60 * 60 * 1000));
}

interface Meeting {
  title: string;
  /** Residents in roster (name) order: "<Last>, <First>". */
  people: Array<{ id: string; name: string }>;
  walkIn: { id: string; name: string };
  todayOccurrenceId: string;
}

/**
 * A weekly meeting of twelve residents, led by the signed-in administrator, held two and one
 * weeks ago and today at `startTime` (each test its own hour: the administrator leads them all). The first person missed both earlier meetings (recorded through the bridge).
 */
async function weeklyMeeting(page: Page, startTime: string): Promise<Meeting> {
  const prefix = uniqueName('Circle');
  const title = `Peer circle ${prefix}`;
  const people = [];
  for (let index = 1; index <= 12; index += 1) {
    const lastName = `${prefix}${String(index).padStart(2, '0')}`;
    people.push({ id: await admitResident(page, 'Pat', lastName), name: `${lastName}, Pat` });
  }
  const walkIn = { id: await admitResident(page, 'Wren', `${prefix}Walker`), name: `${prefix}Walker, Wren` };
  const me = await invokeInPage<{ staffId: string }>(page, 'auth.session', {});
  const types = await invokeInPage<Array<{ id: string; name: string }>>(page, 'activityTypes.list', {});
  const location = await invokeInPage<{ id: string }>(page, 'locations.create', { name: `Group room ${prefix}`, capacity: 20, onSite: true });
  const start = centreDate(14);
  const session = await invokeInPage<{ id: string }>(page, 'sessions.create', {
    draft: {
      activityTypeId: types.find((type) => type.name === 'Yoga')?.id,
      title,
      locationId: location.id,
      resourceIds: [],
      facilitatorIds: [me.staffId],
      participantIds: people.map((person) => person.id),
      capacity: 15,
      startDate: start,
      startTime,
      durationMinutes: 30,
      recurrence: { interval: 1, weekdays: [['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${start}T12:00:00Z`).getUTCDay()]], ends: { kind: 'afterCount', count: 3 } },
    },
  });
  const { occurrences } = await invokeInPage<{ occurrences: Array<{ id: string; sessionId: string; localDate: string }> }>(page, 'schedule.range', { from: start, to: centreDate() });
  const mine = occurrences.filter((occurrence) => occurrence.sessionId === session.id);
  for (const earlier of mine.filter((occurrence) => occurrence.localDate < centreDate())) {
    await invokeInPage(page, 'attendance.record', {
      occurrenceId: earlier.id,
      marks: people.map((person, index) => ({ residentId: person.id, status: index === 0 ? 'absent' : 'present', reason: null, engagement: null, expectedVersion: null })),
    });
  }
  const today = mine.find((occurrence) => occurrence.localDate === centreDate());
  if (!today) throw new Error('The meeting has no occurrence today.');
  return { title, people, walkIn, todayOccurrenceId: today.id };
}

function statusOf(page: Page, name: string) {
  return page.getByRole('radiogroup', { name: `Status of ${name}` });
}

test('a facilitator takes a twelve-person meeting’s attendance with the keyboard alone, adds a walk-in, and sees the rate, the flag and a participation chart', async ({ page }) => {
  await signInAsAdmin(page);
  const meeting = await weeklyMeeting(page, '00:05');

  await mainNavigation(page).getByRole('link', { name: 'Attendance' }).click();
  await page.getByRole('link', { name: `Take attendance for ${meeting.title}` }).click();
  await expect(page.getByRole('heading', { name: `Attendance: ${meeting.title}` })).toBeVisible();
  await expect(page.getByRole('table', { name: new RegExp(`0 of 12 marked`) })).toBeVisible();

  // The keyboard alone: the first person's status has the focus; a key per person, Enter to the next.
  const started = Date.now();
  await expect(statusOf(page, meeting.people[0].name).getByRole('radio').first()).toBeFocused();
  const keys = ['a', 'p', 'l', 'x', 'p', 'p', 'e', 'p', 'p', 'p', 'p', 'p'];
  for (const [index, key] of keys.entries()) {
    await page.keyboard.press(key);
    if (index === 1) await page.keyboard.press('4'); // the second person was fully engaged
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('button', { name: 'Save attendance' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Attendance saved.')).toBeVisible();
  expect(Date.now() - started).toBeLessThan(60_000);

  await expect(page.getByRole('table', { name: new RegExp(`12 of 12 marked`) })).toBeVisible();
  await expect(statusOf(page, meeting.people[0].name).getByRole('radio', { name: /Absent/ })).toBeChecked();
  await expect(statusOf(page, meeting.people[2].name).getByRole('radio', { name: /Late/ })).toBeChecked();
  await expect(statusOf(page, meeting.people[3].name).getByRole('radio', { name: /Excused/ })).toBeChecked();
  await expect(page.getByLabel(`Engagement of ${meeting.people[1].name}`)).toHaveValue('fullyEngaged');

  // A walk-in: someone who came without being on the roster.
  await page.getByRole('combobox', { name: 'Resident who came without being on the roster' }).fill(meeting.walkIn.name.slice(0, 14));
  await page.getByRole('option', { name: meeting.walkIn.name }).click();
  await page.getByRole('button', { name: 'Add as present' }).click();
  await expect(page.getByText(`${meeting.walkIn.name} added as a walk-in.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(meeting.walkIn.name) }).getByText('Walk-in')).toBeVisible();
  await expect(statusOf(page, meeting.walkIn.name).getByRole('radio', { name: /Present/ })).toBeChecked();

  // The first person missed three meetings in a row: flagged on their page, with their rate.
  await page.goto(`/#/residents/${meeting.people[0].id}`);
  const section = page.getByRole('region', { name: 'Attendance' });
  await expect(section.getByRole('status')).toHaveText(`Two unexcused absences in a row from: ${meeting.title}`);
  await expect(section.getByRole('row', { name: new RegExp(meeting.title) })).toContainText('0% (0 of 3)');
  await expect(section.getByRole('row', { name: new RegExp(meeting.title) })).toContainText('Flagged');

  // The participation report draws the period's attendance.
  await mainNavigation(page).getByRole('link', { name: 'Participation' }).click();
  const chart = page.getByRole('figure', { name: 'Attendance by activity type' });
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'By session series' }).getByRole('row', { name: new RegExp(meeting.title) })).toBeVisible();
});

for (const scheme of COLOR_SCHEMES) {
  test(`the attendance screens have no accessibility violations in the ${scheme} theme`, async ({ page }) => {
    await openInColorScheme(page, scheme);
    await signInAsAdmin(page);
    await expectColorScheme(page, scheme);
    const meeting = await weeklyMeeting(page, scheme === 'light' ? '00:40' : '01:15');

    await page.goto('/#/attendance');
    await expect(page.getByRole('link', { name: `Take attendance for ${meeting.title}` })).toBeVisible();
    await expectNoViolations(page, `attendance day (${scheme})`);

    await page.goto(`/#/attendance/${meeting.todayOccurrenceId}`);
    await expect(page.getByRole('heading', { name: `Attendance: ${meeting.title}` })).toBeVisible();
    await expect(page.getByRole('table', { name: /0 of 12 marked/ })).toBeVisible();
    await expectNoViolations(page, `attendance sheet (${scheme})`);

    await page.goto(`/#/residents/${meeting.people[0].id}`);
    await expect(page.getByRole('region', { name: 'Attendance' }).getByRole('status')).toBeVisible();
    await expectNoViolations(page, `resident attendance (${scheme})`);

    await page.goto('/#/reports/participation');
    await expect(page.getByRole('figure', { name: 'Attendance by activity type' }).locator('svg.recharts-surface')).toBeVisible();
    await expectNoViolations(page, `participation report (${scheme})`);
  });
}
