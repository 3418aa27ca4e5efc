import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { demoStatus, seedDemoAttendance } from '../../electron/core/attendance/demo-attendance';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type EngagementLevel } from '../../shared/contract/attendance';
import { auditRows, countRows, expectNothingWritten } from '../support/db-snapshot';
import { createScheduleWorld, type ScheduleWorld } from '../support/schedule-world';
import { admission, errorOf, newOpening, startTestCore, type TestCore } from '../support/test-core';

// The clock reads Monday 2026-11-23 10:00 in Toronto: "today" is 2026-11-23.
let t: TestCore;
let w: ScheduleWorld;
beforeEach(async () => {
  t = await startTestCore();
  w = await createScheduleWorld(t);
});
afterEach(() => t.dispose());

/** A weekly series on `weekday` from `startDate`, `count` times, and its occurrences' ids by date. */
async function series(overrides: Parameters<ScheduleWorld['draft']>[0] & { weekday: 'MO' | 'WE'; count: number }) {
  const { weekday, count, ...draft } = overrides;
  const session = await t.must('admin', 'sessions.create', { draft: w.draft({ ...draft, recurrence: { interval: 1, weekdays: [weekday], ends: { kind: 'afterCount', count } } }) });
  const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-10-01', to: '2026-11-30' });
  const mine = occurrences.filter((occurrence) => occurrence.sessionId === session.id);
  return { sessionId: session.id, on: (date: string) => mine.find((occurrence) => occurrence.localDate === date)?.id ?? `no occurrence on ${date}` };
}

const mark = (residentId: string, status: AttendanceStatus, extra: { reason?: string | null; engagement?: EngagementLevel | null; expectedVersion?: number | null } = {}) => ({
  residentId,
  status,
  reason: extra.reason ?? null,
  engagement: extra.engagement ?? null,
  expectedVersion: extra.expectedVersion ?? null,
});

const record = (occurrenceId: string, marks: InputOf<'attendance.record'>['marks'], channel = 'admin') => t.must(channel, 'attendance.record', { occurrenceId, marks });

describe('the attendance sheet', () => {
  test('shows the roster pre-filled in name order, unmarked, and saves the whole sheet in one operation with an audit row per person', async () => {
    const yoga = await series({ participantIds: [w.eloise, w.bruno, w.chloe], weekday: 'MO', count: 1, startDate: '2026-11-23' });
    const sheet = await t.must('admin', 'attendance.sheet', { occurrenceId: yoga.on('2026-11-23') });
    expect(sheet.rows.map((row) => [row.name, row.mark])).toEqual([
      ['Gagnon, Bruno', null],
      ['Roy, Chloé', null],
      ['Tremblay, Éloïse', null],
    ]);
    expect(sheet.lock).toBeNull();
    expect(sheet.occurrence).toMatchObject({ activityName: 'Yoga', clinical: false, localDate: '2026-11-23' });

    const before = (await auditRows(t)).length;
    const saved = await record(yoga.on('2026-11-23'), [mark(w.eloise, 'present', { engagement: 'fullyEngaged' }), mark(w.bruno, 'late', { reason: 'Bus was late', engagement: 'tookPart' }), mark(w.chloe, 'absent')]);
    expect(saved.rows.map((row) => [row.name, row.mark?.status, row.mark?.engagement, row.mark?.reason, row.mark?.recordedByName])).toEqual([
      ['Gagnon, Bruno', 'late', 'tookPart', 'Bus was late', 'Ada Admin'],
      ['Roy, Chloé', 'absent', null, null, 'Ada Admin'],
      ['Tremblay, Éloïse', 'present', 'fullyEngaged', null, 'Ada Admin'],
    ]);
    const added = (await auditRows(t)).slice(before);
    expect(added.map((row) => [row.action, row.entity_type, row.resident_id])).toEqual([
      ['record.create', 'attendanceMark', w.eloise],
      ['record.create', 'attendanceMark', w.bruno],
      ['record.create', 'attendanceMark', w.chloe],
    ]);
  });

  test('saving the same sheet again writes nothing; a changed row is a correction audited with its previous value', async () => {
    const yoga = await series({ participantIds: [w.eloise, w.bruno], weekday: 'MO', count: 1, startDate: '2026-11-23' });
    const occurrenceId = yoga.on('2026-11-23');
    const first = await record(occurrenceId, [mark(w.eloise, 'present'), mark(w.bruno, 'absent')]);
    const version = (id: string) => first.rows.find((row) => row.residentId === id)?.mark?.version ?? 0;
    await expectNothingWritten(t, () => record(occurrenceId, [mark(w.eloise, 'present', { expectedVersion: version(w.eloise) }), mark(w.bruno, 'absent', { expectedVersion: version(w.bruno) })]));

    await record(occurrenceId, [mark(w.eloise, 'present', { expectedVersion: version(w.eloise) }), mark(w.bruno, 'excused', { reason: 'Medical appointment', expectedVersion: version(w.bruno) })]);
    const [correction] = (await auditRows(t)).slice(-1);
    expect(correction).toMatchObject({ action: 'record.update', entity_type: 'attendanceMark', resident_id: w.bruno });
    expect(correction.details).toEqual({ occurrenceId, status: ['absent', 'excused'], reason: [null, 'Medical appointment'] });
  });

  test('a mark corrected later is audited with the previous status and engagement; a correction from an old copy is refused', async () => {
    const yoga = await series({ participantIds: [w.eloise], weekday: 'MO', count: 1, startDate: '2026-11-16' });
    const sheet = await record(yoga.on('2026-11-16'), [mark(w.eloise, 'present', { engagement: 'observed' })]);
    const taken = sheet.rows[0].mark;
    if (!taken) throw new Error('no mark');
    const corrected = await t.must('admin', 'attendance.correct', { markId: taken.id, expectedVersion: taken.version, status: 'leftEarly', reason: 'Felt unwell', engagement: 'tookPart' });
    expect(corrected.rows[0].mark).toMatchObject({ status: 'leftEarly', engagement: 'tookPart', reason: 'Felt unwell', version: taken.version + 1 });
    const [audit] = (await auditRows(t)).slice(-1);
    expect(audit).toMatchObject({ action: 'record.update', entity_id: taken.id, resident_id: w.eloise });
    expect(audit.details).toEqual({ occurrenceId: yoga.on('2026-11-16'), status: ['present', 'leftEarly'], engagement: ['observed', 'tookPart'], reason: [null, 'Felt unwell'] });

    const stale = await expectNothingWritten(t, () => t.call('admin', 'attendance.correct', { markId: taken.id, expectedVersion: taken.version, status: 'absent', reason: null, engagement: null }));
    expect(errorOf(stale)).toMatchObject({ code: 'conflict', messageKey: 'problems.staleRecord' });
  });

  test('a clinical activity refuses an engagement level, and nobody who was absent gets one', async () => {
    const art = await series({ activityTypeId: w.artTypeId, locationId: w.artStudioId, participantIds: [w.eloise], weekday: 'MO', count: 1, startDate: '2026-11-23' });
    const clinical = await expectNothingWritten(t, () => t.call('admin', 'attendance.record', { occurrenceId: art.on('2026-11-23'), marks: [mark(w.eloise, 'present', { engagement: 'tookPart' })] }));
    expect(errorOf(clinical)).toMatchObject({ code: 'validation', messageKey: 'problems.attendance.engagementClinical' });
    expect((await t.must('admin', 'attendance.sheet', { occurrenceId: art.on('2026-11-23') })).occurrence.clinical).toBe(true);
    await record(art.on('2026-11-23'), [mark(w.eloise, 'present')]);

    const yoga = await series({ participantIds: [w.eloise], weekday: 'MO', count: 1, startDate: '2026-11-23', startTime: '15:00' });
    const absent = await t.call('admin', 'attendance.record', { occurrenceId: yoga.on('2026-11-23'), marks: [mark(w.eloise, 'absent', { engagement: 'declined' })] });
    expect(errorOf(absent).messageKey).toBe('problems.attendance.engagementNeedsAttendance');
  });

  test('attendance is taken on the day or later, and only for people on the roster', async () => {
    const yoga = await series({ participantIds: [w.eloise], weekday: 'MO', count: 2, startDate: '2026-11-23' });
    const later = await t.call('admin', 'attendance.record', { occurrenceId: yoga.on('2026-11-30'), marks: [mark(w.eloise, 'present')] });
    expect(errorOf(later)).toMatchObject({ code: 'conflict', messageKey: 'problems.attendance.notYetHeld' });
    expect((await t.must('admin', 'attendance.sheet', { occurrenceId: yoga.on('2026-11-30') })).lock).toBe('notYetHeld');
    const stranger = await t.call('admin', 'attendance.record', { occurrenceId: yoga.on('2026-11-23'), marks: [mark(w.bruno, 'present')] });
    expect(errorOf(stranger)).toMatchObject({ code: 'conflict', messageKey: 'problems.attendance.notOnRoster' });
  });
});

describe('walk-ins', () => {
  test('an admitted resident not on the roster joins the occurrence and is marked, in one audited operation', async () => {
    const yoga = await series({ participantIds: [w.eloise], weekday: 'MO', count: 1, startDate: '2026-11-23' });
    const occurrenceId = yoga.on('2026-11-23');
    const sheet = await t.must('admin', 'attendance.addWalkIn', { occurrenceId, residentId: w.bruno, status: 'late', reason: null, engagement: 'observed' });
    expect(sheet.rows.map((row) => [row.name, row.mark?.status ?? null, row.mark?.walkIn ?? null])).toEqual([
      ['Gagnon, Bruno', 'late', true],
      ['Tremblay, Éloïse', null, null],
    ]);
    const occurrence = await t.must('admin', 'occurrences.get', { id: occurrenceId });
    expect(occurrence.participants.map((p) => p.id).sort()).toEqual([w.bruno, w.eloise].sort());
    expect(occurrence.version).toBe(2);
    const [audit] = (await auditRows(t)).slice(-1);
    expect(audit).toMatchObject({ action: 'record.create', entity_type: 'attendanceMark', resident_id: w.bruno, details: { occurrenceId, status: 'late', walkIn: true } });

    const again = await t.call('admin', 'attendance.addWalkIn', { occurrenceId, residentId: w.bruno, status: 'present', reason: null, engagement: null });
    expect(errorOf(again).messageKey).toBe('problems.attendance.alreadyOnRoster');
  });

  test('a discharged resident, or one not yet admitted on that day, cannot be added as a walk-in', async () => {
    const yoga = await series({ participantIds: [w.eloise], weekday: 'MO', count: 1, startDate: '2026-11-23' });
    const gone = await t.must('admin', 'residents.admit', admission({ firstName: 'Gus', lastName: 'Gone', dateOfBirth: '1970-01-01', admissionDate: '2026-10-01' }));
    await t.must('admin', 'residents.discharge', { id: gone.id, expectedVersion: gone.version, dischargeDate: '2026-11-20', reason: 'program_completed', note: '' });
    const newcomer = await t.must('admin', 'residents.admit', admission({ firstName: 'Nina', lastName: 'New', dateOfBirth: '2000-01-01', admissionDate: '2026-11-23' }));
    const old = await series({ participantIds: [w.eloise], weekday: 'MO', count: 1, startDate: '2026-11-16', startTime: '14:00' });

    for (const [occurrenceId, residentId] of [
      [yoga.on('2026-11-23'), gone.id],
      [old.on('2026-11-16'), newcomer.id],
    ]) {
      const refused = await expectNothingWritten(t, () => t.call('admin', 'attendance.addWalkIn', { occurrenceId, residentId, status: 'present', reason: null, engagement: null }));
      expect(errorOf(refused)).toMatchObject({ code: 'conflict', messageKey: 'problems.attendance.walkInNotAdmitted' });
    }
    // Discharged since, but there on that day: the walk-in is a fact to record.
    await t.must('admin', 'attendance.addWalkIn', { occurrenceId: old.on('2026-11-16'), residentId: gone.id, status: 'present', reason: null, engagement: null });
  });
});

describe('rates and the flag (hand-computed)', () => {
  test('late counts as attended, excused is left out, absences count against; two unexcused absences in a row flag the series', async () => {
    const yoga = await series({ participantIds: [w.eloise], weekday: 'MO', count: 4, startDate: '2026-11-02' });
    const art = await series({ activityTypeId: w.artTypeId, locationId: w.artStudioId, participantIds: [w.eloise], weekday: 'WE', count: 3, startDate: '2026-11-04' });
    await record(yoga.on('2026-11-02'), [mark(w.eloise, 'present', { engagement: 'fullyEngaged' })]);
    await record(yoga.on('2026-11-09'), [mark(w.eloise, 'late', { engagement: 'tookPart' })]);
    await record(yoga.on('2026-11-16'), [mark(w.eloise, 'excused', { reason: 'Court date' })]);
    await record(yoga.on('2026-11-23'), [mark(w.eloise, 'absent')]);
    await record(art.on('2026-11-04'), [mark(w.eloise, 'present')]);
    await record(art.on('2026-11-11'), [mark(w.eloise, 'absent')]);
    await record(art.on('2026-11-18'), [mark(w.eloise, 'absent')]);

    const rates = await t.must('admin', 'attendance.resident', { residentId: w.eloise });
    // Yoga: present + late attended (2), excused left out, 1 absent: 2 / 3. The run is 1 (the excused mark is skipped, the late one ends it).
    const yogaRates = rates.series.find((s) => s.sessionId === yoga.sessionId);
    expect(yogaRates).toMatchObject({ title: 'Yoga', sinceAdmission: { attended: 2, partly: 1, excused: 1, absent: 1 }, consecutiveUnexcusedAbsences: 1, flagged: false });
    expect(yogaRates?.sinceAdmission.rate).toBeCloseTo(2 / 3);
    // Art therapy: 1 attended, 2 absent in a row: 1 / 3, flagged.
    const artRates = rates.series.find((s) => s.sessionId === art.sessionId);
    expect(artRates).toMatchObject({ title: 'Art therapy', sinceAdmission: { attended: 1, absent: 2 }, consecutiveUnexcusedAbsences: 2, flagged: true });
    expect(artRates?.sinceAdmission.rate).toBeCloseTo(1 / 3);
    // Overall: 3 attended, 3 absent, 1 excused: 3 / 6.
    expect(rates.overall.sinceAdmission).toEqual({ attended: 3, partly: 1, excused: 1, absent: 3, rate: 0.5 });
    expect(rates.flagged).toBe(true);
    expect(rates.series[0].sessionId).toBe(art.sessionId); // flagged series first
    expect(await t.must('admin', 'attendance.flagged', {})).toEqual([{ residentId: w.eloise, name: 'Tremblay, Éloïse', series: [{ sessionId: art.sessionId, title: 'Art therapy', consecutiveUnexcusedAbsences: 2 }] }]);
    // Engagement by week (Mondays): 3 in the week of 2 Nov, 2 in the week of 9 Nov, none after.
    expect(rates.engagementByWeek).toHaveLength(12);
    expect(rates.engagementByWeek.slice(-4).map((week) => [week.weekStart, week.average])).toEqual([
      ['2026-11-02', 3],
      ['2026-11-09', 2],
      ['2026-11-16', null],
      ['2026-11-23', null],
    ]);
  });

  test('the last four weeks and the stay differ for someone admitted earlier; an excused absence between two absences does not break the run', async () => {
    const dana = await t.must('admin', 'residents.admit', admission({ firstName: 'Dana', lastName: 'Early', dateOfBirth: '1980-03-03', admissionDate: '2026-10-01' }));
    const yoga = await series({ participantIds: [dana.id], weekday: 'MO', count: 7, startDate: '2026-10-12' });
    const statuses: Array<[string, AttendanceStatus]> = [
      ['2026-10-12', 'absent'],
      ['2026-10-19', 'absent'],
      ['2026-10-26', 'absent'],
      ['2026-11-02', 'late'],
      ['2026-11-09', 'absent'],
      ['2026-11-16', 'excused'],
      ['2026-11-23', 'absent'],
    ];
    for (const [date, status] of statuses) await record(yoga.on(date), [mark(dana.id, status)]);

    const rates = await t.must('admin', 'attendance.resident', { residentId: dana.id });
    // Since admission: 1 attended (late), 5 absent, 1 excused: 1 / 6.
    expect(rates.overall.sinceAdmission).toMatchObject({ attended: 1, absent: 5, excused: 1 });
    expect(rates.overall.sinceAdmission.rate).toBeCloseTo(1 / 6);
    // Last four weeks (27 Oct to 23 Nov): late, absent, excused, absent: 1 / 3.
    expect(rates.overall.lastFourWeeks).toMatchObject({ attended: 1, absent: 2, excused: 1 });
    expect(rates.overall.lastFourWeeks.rate).toBeCloseTo(1 / 3);
    expect(rates.series[0]).toMatchObject({ consecutiveUnexcusedAbsences: 2, flagged: true });

    // The list of flagged residents (the Today board's) holds only people in residence.
    expect((await t.must('admin', 'attendance.flagged', {})).map((resident) => resident.name)).toEqual(['Early, Dana']);
    const current = await t.must('admin', 'residents.get', { id: dana.id, openingId: newOpening() });
    await t.must('admin', 'residents.discharge', { id: dana.id, expectedVersion: current.version, dischargeDate: '2026-11-23', reason: 'program_completed', note: '' });
    expect(await t.must('admin', 'attendance.flagged', {})).toEqual([]);
  });

  test('a resident without any mark has no rate and no flag', async () => {
    const rates = await t.must('admin', 'attendance.resident', { residentId: w.chloe });
    expect(rates).toMatchObject({ flagged: false, series: [], overall: { sinceAdmission: { rate: null }, lastFourWeeks: { rate: null } } });
  });
});

describe('the participation report', () => {
  test('counts attendance and engagement by resident, series and activity type over the period', async () => {
    const yoga = await series({ participantIds: [w.eloise, w.bruno], weekday: 'MO', count: 2, startDate: '2026-11-16' });
    await record(yoga.on('2026-11-16'), [mark(w.eloise, 'present', { engagement: 'fullyEngaged' }), mark(w.bruno, 'absent')]);
    await record(yoga.on('2026-11-23'), [mark(w.eloise, 'late', { engagement: 'observed' }), mark(w.bruno, 'excused')]);
    const report = await t.must('admin', 'attendance.participation', { from: '2026-11-01', to: '2026-11-30' });
    expect(report).toMatchObject({ scope: 'all', occurrences: 2, occurrencesTaken: 2 });
    expect(report.byResident.map((row) => [row.label, row.counts, row.rate, row.engagementAverage])).toEqual([
      ['Gagnon, Bruno', { present: 0, late: 0, leftEarly: 0, excused: 1, absent: 1 }, 0, null],
      ['Tremblay, Éloïse', { present: 1, late: 1, leftEarly: 0, excused: 0, absent: 0 }, 1, 2],
    ]);
    expect(report.byActivityType).toMatchObject([{ label: 'Yoga', colour: '#087f5b', rate: 2 / 3 }]);
    expect(report.total.rate).toBeCloseTo(2 / 3);
  });

  test('the CSV export is formula-safe and recorded in the audit trail', async () => {
    const yoga = await series({ title: '=HYPERLINK("http://evil.example")', participantIds: [w.eloise], weekday: 'MO', count: 1, startDate: '2026-11-23' });
    await record(yoga.on('2026-11-23'), [mark(w.eloise, 'present')]);
    const exported = await t.must('admin', 'attendance.exportParticipation', { from: '2026-11-01', to: '2026-11-30' });
    expect(exported.fileName).toBe('hearth-participation-2026-11-01-2026-11-30.csv');
    const lines = exported.csv.split('\r\n');
    expect(lines[0]).toBe('grouping,id,name,present,late,left_early,excused,absent,attendance_rate,declined,observed,took_part,fully_engaged,engagement_average');
    expect(lines).toContain(`series,${yoga.sessionId},"'=HYPERLINK(""http://evil.example"")",1,0,0,0,0,1.000,0,0,0,0,`);
    expect(exported.rows).toBe(3);
    const [audit] = (await auditRows(t)).slice(-1);
    expect(audit).toMatchObject({ action: 'record.export', entity_type: 'participationReport', details: { fileName: exported.fileName, rows: 3, from: '2026-11-01', to: '2026-11-30', scope: 'all' } });
  });
});

describe('permissions scoped to the record', () => {
  test('facilitator A takes and reads the attendance of their own occurrence, never of facilitator B’s', async () => {
    const a = await t.signInAs('facilitator-a', ['facilitator'], 'Alma');
    const b = await t.signInAs('facilitator-b', ['facilitator'], 'Boris');
    const mine = await series({ facilitatorIds: [a.staffId], participantIds: [w.eloise], weekday: 'MO', count: 1, startDate: '2026-11-23' });
    const theirs = await series({ facilitatorIds: [b.staffId], participantIds: [w.bruno], weekday: 'MO', count: 1, startDate: '2026-11-23', startTime: '14:00' });

    const own = await t.must('facilitator-a', 'attendance.record', { occurrenceId: mine.on('2026-11-23'), marks: [mark(w.eloise, 'present')] });
    expect(own.lock).toBeNull();
    await t.must('facilitator-b', 'attendance.record', { occurrenceId: theirs.on('2026-11-23'), marks: [mark(w.bruno, 'absent')] });
    const markOfB = (await t.must('facilitator-b', 'attendance.sheet', { occurrenceId: theirs.on('2026-11-23') })).rows[0].mark;
    if (!markOfB) throw new Error('no mark');

    const attempts = [
      () => t.call('facilitator-a', 'attendance.sheet', { occurrenceId: theirs.on('2026-11-23') }),
      () => t.call('facilitator-a', 'attendance.record', { occurrenceId: theirs.on('2026-11-23'), marks: [mark(w.bruno, 'present', { expectedVersion: markOfB.version })] }),
      () => t.call('facilitator-a', 'attendance.correct', { markId: markOfB.id, expectedVersion: markOfB.version, status: 'present', reason: null, engagement: null }),
      () => t.call('facilitator-a', 'attendance.addWalkIn', { occurrenceId: theirs.on('2026-11-23'), residentId: w.chloe, status: 'present', reason: null, engagement: null }),
    ];
    for (const attempt of attempts) {
      const refused = await expectNothingWritten(t, attempt);
      expect(errorOf(refused)).toMatchObject({ code: 'forbidden', messageKey: 'problems.attendance.notYourOccurrence', details: { scope: 'record' } });
    }

    // Reports: A sees only their own occurrence; a counsellor (and a manager) sees both.
    const reportOfA = await t.must('facilitator-a', 'attendance.participation', { from: '2026-11-23', to: '2026-11-23' });
    expect(reportOfA).toMatchObject({ scope: 'own', occurrences: 1 });
    expect(reportOfA.byResident.map((row) => row.id)).toEqual([w.eloise]);
    expect((await t.must('facilitator-a', 'attendance.resident', { residentId: w.bruno })).series).toEqual([]);
    expect(await t.must('facilitator-a', 'attendance.flagged', {})).toEqual([]);
    await t.signInAs('counsellor', ['counsellor']);
    const reportOfCounsellor = await t.must('counsellor', 'attendance.participation', { from: '2026-11-23', to: '2026-11-23' });
    expect(reportOfCounsellor).toMatchObject({ scope: 'all', occurrences: 2 });
    expect(await countRows(t, 'attendance_marks')).toBe(2);
  });

  test('a manager takes attendance for any occurrence; scheduling staff see none', async () => {
    const yoga = await series({ participantIds: [w.eloise], weekday: 'MO', count: 1, startDate: '2026-11-23' });
    await t.signInAs('manager', ['manager']);
    expect((await t.must('manager', 'attendance.sheet', { occurrenceId: yoga.on('2026-11-23') })).lock).toBeNull();
    await t.must('manager', 'attendance.record', { occurrenceId: yoga.on('2026-11-23'), marks: [mark(w.eloise, 'present')] });
    await t.signInAs('scheduler', ['scheduling_staff']);
    expect(errorOf(await t.call('scheduler', 'attendance.sheet', { occurrenceId: yoga.on('2026-11-23') })).code).toBe('forbidden');
    expect(errorOf(await t.call('scheduler', 'attendance.participation', { from: '2026-11-01', to: '2026-11-30' })).code).toBe('forbidden');
  });

  test('a counsellor who does not lead the session reads its sheet but cannot record it', async () => {
    const yoga = await series({ participantIds: [w.eloise], weekday: 'MO', count: 1, startDate: '2026-11-23' });
    await t.signInAs('counsellor', ['counsellor']);
    expect((await t.must('counsellor', 'attendance.sheet', { occurrenceId: yoga.on('2026-11-23') })).lock).toBe('notYourOccurrence');
    expect(errorOf(await t.call('counsellor', 'attendance.record', { occurrenceId: yoga.on('2026-11-23'), marks: [mark(w.eloise, 'present')] })).code).toBe('forbidden');
  });
});

describe('the schedule keeps recorded occurrences', () => {
  test('a series edit leaves an occurrence whose attendance was taken as it was, even later today', async () => {
    // 18:00 today (the clock reads 10:00): attendance may already be taken on the day.
    const evening = await series({ participantIds: [w.eloise], weekday: 'MO', count: 3, startDate: '2026-11-23', startTime: '18:00' });
    const today = evening.on('2026-11-23');
    await record(today, [mark(w.eloise, 'present')]);
    const session = await t.must('admin', 'sessions.get', { id: evening.sessionId });
    await t.must('admin', 'sessions.updateSeries', { sessionId: evening.sessionId, expectedVersion: session.version, fromOccurrenceId: null, draft: { ...session.draft, startTime: '19:00' } });
    expect(await t.must('admin', 'occurrences.get', { id: today })).toMatchObject({ startsAt: '2026-11-23T23:00:00.000Z', version: 1 });
    expect((await t.must('admin', 'occurrences.get', { id: evening.on('2026-11-30') })).startsAt).toBe('2026-12-01T00:00:00.000Z');
    expect((await t.must('admin', 'attendance.sheet', { occurrenceId: today })).rows[0].mark?.status).toBe('present');
  });
});

describe('demo attendance history', () => {
  // The rolls come from hashes of random ids, so the shares are checked on the rolls themselves, not on one run's few marks.
  test('most people come; a resident slipping over the last weeks is absent more often than not', () => {
    const share = (slipping: boolean, status: AttendanceStatus): number => {
      let count = 0;
      for (let roll = 0; roll < 1000; roll += 1) if (demoStatus(roll / 1000, slipping) === status) count += 1;
      return count / 1000;
    };
    expect(share(false, 'present')).toBeGreaterThan(0.7);
    expect(share(false, 'absent')).toBeLessThan(0.1);
    expect(share(true, 'absent')).toBeGreaterThan(0.5);
  });

  test('marks every participant of the occurrences held before today, with gaps, engagement only for non-clinical activities, once', async () => {
    const early = { weekday: 'MO' as const, count: 5, startDate: '2026-11-02', participantIds: [w.eloise, w.bruno, w.chloe] };
    const yoga = await series(early);
    await series({ ...early, activityTypeId: w.artTypeId, locationId: w.artStudioId, startTime: '14:00' });
    const seed = () => t.core.services.dataSource.transaction((manager) => seedDemoAttendance(manager, { today: '2026-11-23', recordedAt: '2026-11-23T15:00:00.000Z' }));

    const written = await seed();
    const marks = await t.core.services.dataSource.query<Array<{ status: string; engagement: string | null; clinical: number; local_date: string }>>(
      'SELECT m.status, m.engagement, a.clinical, o.local_date FROM attendance_marks m JOIN occurrences o ON o.id = m.occurrence_id JOIN sessions s ON s.id = o.session_id JOIN activity_types a ON a.id = s.activity_type_id',
    );
    // Three held Mondays (2 to 16 Nov) of two series for three people: at most 18 marks, none today.
    expect(written).toBe(marks.length);
    expect(marks.length).toBeGreaterThan(12);
    expect(marks.length).toBeLessThanOrEqual(18);
    expect(marks.every((m) => m.local_date < '2026-11-23')).toBe(true);
    expect(marks.filter((m) => m.clinical).every((m) => m.engagement === null)).toBe(true);
    expect(marks.filter((m) => !m.clinical && ['present', 'late', 'leftEarly'].includes(m.status)).every((m) => m.engagement !== null)).toBe(true);
    expect(marks.every((m) => ATTENDANCE_STATUSES.includes(m.status as AttendanceStatus))).toBe(true);
    expect(await seed()).toBe(0);
    expect((await t.must('admin', 'attendance.resident', { residentId: w.eloise })).series.map((s) => s.sessionId)).toContain(yoga.sessionId);
  });
});
