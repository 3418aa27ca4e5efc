import type { TestCore } from './test-core';
import { admission } from './test-core';

/**
 * A small demo-like week for the printed rosters, made through the dispatcher (Mon 7 – Sun 13 Dec
 * 2026, America/Toronto):
 * - yoga on Mondays and Wednesdays 10:00–11:00 in the yoga room, led by Fay Fontaine, for Anne
 *   Zeller, Marc Roy (French) and Bella Adams; Monday's is cancelled ("Yoga room flooded") and
 *   Wednesday's moved to Thursday 11:30–12:30;
 * - equine-assisted therapy on Wednesday 14:00–15:30 in the barn with Biscuit, led by Gus Gray,
 *   for Anne; Biscuit is lame on Wednesday only (recorded after the booking, as when a horse goes lame);
 * - Omar Benali, discharged in November, is not in residence that week.
 */
export interface RosterWeekFixture {
  anne: string;
  marc: string;
  bella: string;
  fay: string;
  gus: string;
  yogaSession: string;
  equineSession: string;
  /** Occurrence ids: Monday's yoga (cancelled), Wednesday's yoga (moved to Thursday), Wednesday's equine session. */
  mondayYoga: string;
  movedYoga: string;
  equine: string;
}

export async function createRosterWeek(t: TestCore): Promise<RosterWeekFixture> {
  const anne = await t.must('admin', 'residents.admit', admission({ firstName: 'Anne', lastName: 'Zeller', language: 'en', dateOfBirth: '1991-01-01' }));
  const marc = await t.must('admin', 'residents.admit', admission({ firstName: 'Marc', lastName: 'Roy', language: 'fr', dateOfBirth: '1992-02-02' }));
  const bella = await t.must('admin', 'residents.admit', admission({ firstName: 'Bella', lastName: 'Adams', language: 'en', dateOfBirth: '1993-03-03' }));
  const omar = await t.must('admin', 'residents.admit', admission({ firstName: 'Omar', lastName: 'Benali', language: 'en', dateOfBirth: '1985-02-01', admissionDate: '2026-10-01' }));
  await t.must('admin', 'residents.discharge', { id: omar.id, expectedVersion: omar.version, dischargeDate: '2026-11-20', reason: 'transferred', note: '' });
  const fay = await t.must('admin', 'staff.create', { firstName: 'Fay', lastName: 'Fontaine', roles: ['facilitator'], email: '', phone: '' });
  const gus = await t.must('admin', 'staff.create', { firstName: 'Gus', lastName: 'Gray', roles: ['facilitator'], email: '', phone: '' });
  const types = await t.must('admin', 'activityTypes.list', {});
  const typeId = (name: string) => types.find((type) => type.name === name)?.id ?? '';
  const yogaRoom = await t.must('admin', 'locations.create', { name: 'Yoga room', capacity: 15, onSite: true });
  const barn = await t.must('admin', 'locations.create', { name: 'Barn', capacity: 8, onSite: true });
  const biscuit = await t.must('admin', 'resources.create', { kind: 'horse', name: 'Biscuit', maxSessionsPerDay: 3, restDays: [] });

  const yoga = await t.must('admin', 'sessions.create', {
    draft: { activityTypeId: typeId('Yoga'), title: null, locationId: yogaRoom.id, resourceIds: [], facilitatorIds: [fay.id], participantIds: [anne.id, marc.id, bella.id], capacity: 10, startDate: '2026-12-07', startTime: '10:00', durationMinutes: 60, recurrence: { interval: 1, weekdays: ['MO', 'WE'], ends: { kind: 'afterCount', count: 4 } } },
  });
  const equine = await t.must('admin', 'sessions.create', {
    draft: { activityTypeId: typeId('Equine-assisted therapy'), title: null, locationId: barn.id, resourceIds: [biscuit.id], facilitatorIds: [gus.id], participantIds: [anne.id], capacity: 4, startDate: '2026-12-09', startTime: '14:00', durationMinutes: 90, recurrence: null },
  });
  await t.must('admin', 'resources.addOutOfService', { resourceId: biscuit.id, startsOn: '2026-12-09', endsOn: '2026-12-09', reason: 'Lame' });

  const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-12-07', to: '2026-12-13' });
  const find = (sessionId: string, date: string) => occurrences.find((o) => o.sessionId === sessionId && o.localDate === date) ?? { id: '', version: 0 };
  const mondayYoga = find(yoga.id, '2026-12-07');
  const movedYoga = find(yoga.id, '2026-12-09');
  await t.must('admin', 'occurrences.cancel', { occurrenceId: mondayYoga.id, expectedVersion: mondayYoga.version, reason: 'Yoga room flooded' });
  await t.must('admin', 'occurrences.move', { occurrenceId: movedYoga.id, expectedVersion: movedYoga.version, date: '2026-12-10', startTime: '11:30', durationMinutes: 60 });
  return { anne: anne.id, marc: marc.id, bella: bella.id, fay: fay.id, gus: gus.id, yogaSession: yoga.id, equineSession: equine.id, mondayYoga: mondayYoga.id, movedYoga: movedYoga.id, equine: find(equine.id, '2026-12-09').id };
}
