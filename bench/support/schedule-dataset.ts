import type { InputOf } from '../../shared/contract';
import { WEEKDAY_CODES } from '../../shared/contract/schedule';
import { addDays, todayIn, weekdayOf } from '../../shared/dates';
import { insertRows } from '../../electron/core/persistence/bulk-insert';
import { newId } from '../../electron/core/ids';
import { timingOfSlot } from '../../electron/core/schedule/sessions/occurrence-timing';
import { ruleOf } from '../../electron/core/schedule/sessions/recurrence';
import { admission, type TestCore } from '../../test/support/test-core';

// A busy centre's schedule for the benchmarks: 150 residents, 30 staff, 12 locations, 6 horses,
// and 40 occurrences a day over 5 years of history (plus the 26 weeks ahead the app keeps), as
// 280 weekly series. People, places and horses are made through the dispatcher like any user's;
// the ~80,000 occurrences and their ~560,000 booking rows are written straight into the SQLite
// file (through the app it would take hours), laid out without clashes: at each of 8 times a day,
// 5 sessions run side by side in different rooms, with different facilitators and groups.

export const TIMES = ['08:00', '09:15', '10:30', '11:45', '13:00', '14:15', '15:30', '16:45'];
const SIDE_BY_SIDE = 5;
const GROUP_SIZE = 6;
const YEARS_OF_HISTORY = 5;
const WEEKS_AHEAD = 26;

export interface ScheduleDataset {
  /** The centre's date when the dataset was made (the test clock's). */
  today: string;
  timeZone: string;
  residentIds: string[];
  staffIds: string[];
  locationIds: string[];
  horseIds: string[];
  yogaTypeId: string;
  sessions: number;
  occurrences: number;
}

export async function createScheduleDataset(t: TestCore): Promise<ScheduleDataset> {
  const { timeZone } = await t.must('admin', 'settings.get', {});
  const today = todayIn(timeZone, t.clock.now());
  const first = addDays(today, -365 * YEARS_OF_HISTORY);
  const last = addDays(today, 7 * WEEKS_AHEAD);

  const types = await t.must('admin', 'activityTypes.list', {});
  const typeIds = types.map((type) => type.id);
  const equineTypeId = types.find((type) => type.requirements.includes('equineWaiver'))?.id ?? typeIds[0];
  const residentIds: string[] = [];
  for (let i = 0; i < 150; i += 1) {
    const input: InputOf<'residents.admit'> = admission({ firstName: `Resident${i}`, lastName: `Family${i % 41}`, dateOfBirth: `19${60 + (i % 39)}-0${1 + (i % 9)}-1${i % 9}`, admissionDate: first });
    residentIds.push((await t.must('admin', 'residents.admit', input)).id);
  }
  const staffIds: string[] = [];
  for (let i = 0; i < 30; i += 1) staffIds.push((await t.must('admin', 'staff.create', { firstName: `Staff${i}`, lastName: 'Facilitator', roles: ['facilitator'], email: '', phone: '' })).id);
  const locationIds: string[] = [];
  for (let i = 0; i < 12; i += 1) locationIds.push((await t.must('admin', 'locations.create', { name: `Room ${i + 1}`, capacity: 12, onSite: true })).id);
  const horseIds: string[] = [];
  for (let i = 0; i < 6; i += 1) horseIds.push((await t.must('admin', 'resources.create', { kind: 'horse', name: `Horse ${i + 1}`, maxSessionsPerDay: 3, restDays: [] })).id);

  const now = t.clock.now().toISOString();
  const writer = new BulkWriter(t);
  const series: Array<{ id: string; weekday: number; time: string; staffId: string; locationId: string; participants: string[]; horseId: string | null; typeId: string }> = [];
  for (let weekday = 0; weekday < 7; weekday += 1) {
    TIMES.forEach((time, slot) => {
      for (let lane = 0; lane < SIDE_BY_SIDE; lane += 1) {
        const group = (weekday * 3 + slot * SIDE_BY_SIDE + lane) % (150 / GROUP_SIZE);
        const equine = lane === 0;
        series.push({
          id: newId(),
          weekday,
          time,
          staffId: staffIds[(slot * SIDE_BY_SIDE + lane) % 30],
          locationId: locationIds[lane + SIDE_BY_SIDE * (slot % 2)],
          participants: residentIds.slice(group * GROUP_SIZE, group * GROUP_SIZE + GROUP_SIZE),
          horseId: equine ? horseIds[slot % 6] : null,
          typeId: equine ? equineTypeId : typeIds[1 + ((slot + lane) % (typeIds.length - 1))],
        });
      }
    });
  }
  const firstOn = (weekday: number) => addDays(first, (weekday - weekdayOf(first) + 7) % 7);
  for (const s of series) {
    const startLocal = `${firstOn(s.weekday)}T${s.time}`;
    const rule = ruleOf({ interval: 1, weekdays: [WEEKDAY_CODES[(s.weekday + 6) % 7]], ends: { kind: 'never' } });
    await writer.add('sessions', ['id', 'activity_type_id', 'title', 'location_id', 'capacity', 'start_local', 'duration_minutes', 'time_zone', 'rule', 'materialised_until', 'split_from_session_id', 'capacity_override_reason', 'created_at', 'updated_at', 'version'], [s.id, s.typeId, null, s.locationId, 8, startLocal, 60, timeZone, rule, last, null, null, now, now, 1]);
    await writer.add('session_facilitators', ['session_id', 'staff_id'], [s.id, s.staffId]);
    for (const residentId of s.participants) await writer.add('session_participants', ['session_id', 'resident_id'], [s.id, residentId]);
    if (s.horseId) await writer.add('session_resources', ['session_id', 'resource_id'], [s.id, s.horseId]);
  }
  await writer.flush();

  let occurrences = 0;
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    const timings = new Map(TIMES.map((time) => [time, timingOfSlot(`${date}T${time}`, timeZone, 60)]));
    for (const s of series) {
      if (s.weekday !== weekday) continue;
      const id = newId();
      const timing = timings.get(s.time);
      if (!timing) continue;
      occurrences += 1;
      await writer.add('occurrences', ['id', 'session_id', 'slot_local', 'starts_at', 'ends_at', 'local_date', 'title', 'location_id', 'capacity', 'status', 'cancel_reason', 'is_exception', 'capacity_override_reason', 'created_at', 'updated_at', 'version'], [id, s.id, `${date}T${s.time}`, timing.startsAt, timing.endsAt, date, null, s.locationId, 8, 'scheduled', null, 0, null, now, now, 1]);
      await writer.add('occurrence_facilitators', ['occurrence_id', 'staff_id'], [id, s.staffId]);
      for (const residentId of s.participants) await writer.add('occurrence_participants', ['occurrence_id', 'resident_id'], [id, residentId]);
      if (s.horseId) await writer.add('occurrence_resources', ['occurrence_id', 'resource_id'], [id, s.horseId]);
    }
  }
  await writer.flush();
  await t.core.services.dataSource.query('ANALYZE');
  return { today, timeZone, residentIds, staffIds, locationIds, horseIds, yogaTypeId: types.find((type) => type.name === 'Yoga')?.id ?? typeIds[0], sessions: series.length, occurrences };
}

/** Multi-row INSERTs, a transaction per few thousand rows: the fastest plain way into SQLite from here. */
class BulkWriter {
  private readonly pending = new Map<string, { columns: string[]; rows: unknown[][] }>();
  constructor(private readonly t: TestCore) {}

  async add(table: string, columns: string[], row: unknown[]): Promise<void> {
    const batch = this.pending.get(table) ?? { columns, rows: [] };
    this.pending.set(table, batch);
    batch.rows.push(row);
    if (batch.rows.length >= 5000) await this.write(table);
  }

  async flush(): Promise<void> {
    for (const table of [...this.pending.keys()]) await this.write(table);
  }

  private async write(table: string): Promise<void> {
    const batch = this.pending.get(table);
    if (!batch || batch.rows.length === 0) return;
    // Parents before children: a child batch first writes its parents' pending rows.
    for (const parent of PARENTS[table] ?? []) await this.write(parent);
    const { columns, rows } = batch;
    this.pending.delete(table);
    await this.t.core.services.dataSource.transaction((manager) => insertRows(manager, table, columns, rows));
  }
}

const PARENTS: Record<string, string[]> = {
  session_facilitators: ['sessions'],
  session_participants: ['sessions'],
  session_resources: ['sessions'],
  occurrences: ['sessions'],
  occurrence_facilitators: ['occurrences'],
  occurrence_participants: ['occurrences'],
  occurrence_resources: ['occurrences'],
};
