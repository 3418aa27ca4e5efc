import type { Page } from '@playwright/test';
import { uniqueName } from './app';
import { invokeInPage } from './invoke';

/**
 * One meeting led by the signed-in person, made through the bridge, on a random day and hour of
 * `year` in a room of its own (the administrator leads every test's meetings, and may not be in two
 * at once). Returns its occurrence's id.
 */
export async function scheduleMeeting(page: Page, meeting: { title: string; participantIds: string[]; groupId?: string; year: number }): Promise<string> {
  const session = await invokeInPage<{ staffId: string }>(page, 'auth.session', {});
  const types = await invokeInPage<Array<{ id: string; name: string }>>(page, 'activityTypes.list', {});
  const location = await invokeInPage<{ id: string }>(page, 'locations.create', { name: uniqueName('Barn '), capacity: 12, onSite: true });
  const random = (n: number) => Math.floor(Math.random() * n);
  const date = `${meeting.year}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`;
  const time = `${String(7 + random(12)).padStart(2, '0')}:${random(2) ? '00' : '30'}`;
  const created = await invokeInPage<{ id: string }>(page, 'sessions.create', {
    draft: {
      activityTypeId: types.find((type) => type.name === 'Yoga')?.id,
      title: meeting.title,
      locationId: location.id,
      resourceIds: [],
      facilitatorIds: [session.staffId],
      participantIds: meeting.participantIds,
      ...(meeting.groupId ? { groupId: meeting.groupId } : {}),
      capacity: 10,
      startDate: date,
      startTime: time,
      durationMinutes: 60,
      recurrence: null,
    },
  });
  const range = await invokeInPage<{ occurrences: Array<{ id: string; sessionId: string }> }>(page, 'schedule.range', { from: date, to: date });
  const occurrence = range.occurrences.find((o) => o.sessionId === created.id);
  if (!occurrence) throw new Error('the meeting has no occurrence');
  return occurrence.id;
}
