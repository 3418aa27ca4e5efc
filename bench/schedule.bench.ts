import { afterAll, beforeAll, bench, describe } from 'vitest';
import type { InputOf } from '../shared/contract';
import { addDays, weekdayOf } from '../shared/dates';
import { startTestCore, type TestCore } from '../test/support/test-core';
import { createScheduleDataset, type ScheduleDataset } from './support/schedule-dataset';

// The schedule on a busy centre (bench/support/schedule-dataset.ts): one week for the calendar
// through the app's own code (the dispatcher, the one occurrence mapper) beside the same answer by
// hand-written SQL on the same file, and the conflict check of a 52-week weekly series.
// Targets (issue 14): a week under 20 ms and within 2x of the SQL; the 52-week check under 50 ms.
let t: TestCore;
let data: ScheduleDataset;
let monday = '';
let sunday = '';

beforeAll(async () => {
  t = await startTestCore();
  const started = Date.now();
  data = await createScheduleDataset(t);
  monday = addDays(data.today, -((weekdayOf(data.today) + 6) % 7));
  sunday = addDays(monday, 6);
  const week = await t.must('admin', 'schedule.range', { from: monday, to: sunday });
  // The first check a year ahead materialises every series that far (once; derived rows).
  const extending = Date.now();
  await t.must('admin', 'schedule.previewChange', yearLongSeries());
  console.log(`extending the 280 series to a year ahead took ${((Date.now() - extending) / 1000).toFixed(1)} s (once)`);
  const memory = process.memoryUsage();
  console.log(
    `schedule ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${data.sessions} weekly series, ${data.occurrences} occurrences; the week of ${monday} holds ${week.occurrences.length}; heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
}, 900_000);

afterAll(() => t.dispose());

/** The calendar's week by hand: the rows with their names, then who and what each books, in four statements. */
async function weekBySql(): Promise<number> {
  const db = t.core.services.dataSource;
  const rows = await db.query<Array<{ id: string }>>(
    `SELECT o.id, o.session_id, o.version, o.title, o.starts_at, o.ends_at, o.local_date, o.capacity, o.status, o.cancel_reason, o.is_exception,
            o.capacity_override_reason, s.rule IS NOT NULL AS recurring, s.activity_type_id, a.name AS activity_name, a.colour, a.clinical, l.id AS location_id, l.name AS location_name
       FROM occurrences o JOIN sessions s ON s.id = o.session_id JOIN activity_types a ON a.id = s.activity_type_id JOIN locations l ON l.id = o.location_id
      WHERE o.local_date BETWEEN ? AND ? ORDER BY o.starts_at, o.id`,
    [monday, sunday],
  );
  const ids = rows.map((row) => row.id);
  const marks = ids.map(() => '?').join(', ');
  await Promise.all([
    db.query(`SELECT x.occurrence_id, p.id, p.first_name, p.last_name FROM occurrence_facilitators x JOIN staff_members p ON p.id = x.staff_id WHERE x.occurrence_id IN (${marks})`, ids),
    db.query(`SELECT x.occurrence_id, p.id, p.first_name, p.last_name FROM occurrence_participants x JOIN residents p ON p.id = x.resident_id WHERE x.occurrence_id IN (${marks})`, ids),
    db.query(`SELECT x.occurrence_id, r.id, r.name, r.kind FROM occurrence_resources x JOIN resources r ON r.id = x.resource_id WHERE x.occurrence_id IN (${marks})`, ids),
  ]);
  return rows.length;
}

describe('one week for the calendar (280 occurrences with names)', () => {
  bench('through the app: schedule.range via the dispatcher', async () => {
    await t.must('admin', 'schedule.range', { from: monday, to: sunday });
  });
  bench('by hand-written SQL on the same file', async () => {
    await weekBySql();
  });
});

describe('the conflict check', () => {
  bench('a 52-week weekly series (schedule.previewChange)', async () => {
    await t.must('admin', 'schedule.previewChange', yearLongSeries());
  });
});

/** A weekly session from next week's Wednesday, 52 times, over busy hours: a room, a horse, two facilitators, eight residents. */
function yearLongSeries(): InputOf<'schedule.previewChange'> {
  return {
    kind: 'createSession',
    draft: {
      activityTypeId: data.yogaTypeId,
      title: null,
      locationId: data.locationIds[0],
      resourceIds: [data.horseIds[0]],
      facilitatorIds: [data.staffIds[0], data.staffIds[7]],
      participantIds: data.residentIds.slice(0, 8),
      capacity: 8,
      startDate: addDays(monday, 9),
      startTime: '10:30',
      durationMinutes: 60,
      recurrence: { interval: 1, weekdays: ['WE'], ends: { kind: 'afterCount', count: 52 } },
    },
  };
}
