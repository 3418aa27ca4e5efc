import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays } from '../../shared/dates';
import { checkConflicts } from '../../electron/core/schedule/conflicts/conflict-check';
import { loadOccurrence, occurrenceProposal } from '../../electron/core/schedule/sessions/change-plans';
import { countRows, expectNothingWritten } from '../support/db-snapshot';
import { admission, errorOf, startTestCore, type TestCore } from '../support/test-core';

describe('loading demo data into an empty register', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await startTestCore();
    expect(await t.must('admin', 'demo.isDatabaseEmpty', {})).toBe(true);
    const started = performance.now();
    expect(await t.must('admin', 'demo.load', {})).toEqual({ residents: 60, staff: 15 });
    console.info(`demo.load took ${Math.round(performance.now() - started)} ms`);
  }, 60_000);
  afterAll(() => t.dispose());

  test('creates 60 residents: some discharged, some outpatients, some readmitted', async () => {
    const { rows: residents, total } = await t.must('admin', 'residents.list', { limit: 100 });
    expect(total).toBe(60);
    expect(residents).toHaveLength(60);
    expect(residents.filter((r) => r.status === 'discharged').length).toBeGreaterThan(0);
    expect(residents.filter((r) => r.program === 'outpatient').length).toBeGreaterThan(0);
    expect(await countRows(t, 'resident_status_events', "kind = 'readmitted'")).toBeGreaterThan(0);
    expect(await countRows(t, 'resident_status_events', "kind = 'admitted'")).toBe(60);
    expect(await t.must('admin', 'demo.isDatabaseEmpty', {})).toBe(false);
  });

  test('creates 15 staff members, alongside the administrator', async () => {
    const staff = await t.must('admin', 'staff.list', { includeInactive: true });
    expect(staff).toHaveLength(16);
    expect(staff.filter((s) => s.roles.includes('facilitator')).length).toBeGreaterThan(0);
  });

  test('leaves an intact audit trail, with every demo change recorded', async () => {
    expect(await t.must('admin', 'audit.verify', {})).toMatchObject({ intact: true });
    expect(await countRows(t, 'audit_events', "entity_type = 'resident' AND action = 'record.create'")).toBe(60);
  });

  // The schedule, at the test clock's today: Monday 23 November 2026 in Toronto.
  const TODAY = '2026-11-23';
  const sql = <T>(query: string, parameters: unknown[] = []) => t.core.services.dataSource.query<T[]>(query, parameters);

  test('runs about 40 sessions a day from three months ago to three months ahead', async () => {
    const days = await sql<{ day: string; n: number }>("SELECT local_date AS day, COUNT(*) AS n FROM occurrences WHERE status = 'scheduled' GROUP BY local_date ORDER BY local_date");
    expect(days[0].day).toBe(addDays(TODAY, -91));
    expect(days.at(-1)?.day).toBe(addDays(TODAY, 91));
    expect(days).toHaveLength(183);
    // 40 a day; Sundays 37, the horses' rest day (and one cancelled session tomorrow).
    for (const { n } of days) expect(n).toBeGreaterThanOrEqual(36);
    for (const { n } of days) expect(n).toBeLessThanOrEqual(40);
    const week = await t.must('admin', 'schedule.range', { from: TODAY, to: addDays(TODAY, 6) });
    expect(new Set(week.occurrences.map((o) => o.activityName))).toEqual(new Set(['Art therapy', 'Music therapy', 'Yoga', 'Equine-assisted therapy', 'Process group', 'Life skills', 'Mindfulness', 'Outdoor walk']));
    expect(week.occurrences.every((o) => o.facilitators.length === 1)).toBe(true);
  });

  test('books only residents admitted on the day, and only those with a signed waiver onto the horses', async () => {
    const notAdmitted = await sql<{ n: number }>(`SELECT COUNT(*) AS n FROM occurrence_participants p JOIN occurrences o ON o.id = p.occurrence_id JOIN residents r ON r.id = p.resident_id
      WHERE o.local_date < r.admission_date OR (r.discharge_date IS NOT NULL AND o.local_date >= r.discharge_date)`);
    expect(notAdmitted[0].n).toBe(0);
    const equine = await sql<{ n: number; withoutWaiver: number }>(`SELECT COUNT(*) AS n, SUM(CASE WHEN r.equine_waiver_signed_on IS NULL OR r.equine_waiver_signed_on > o.local_date THEN 1 ELSE 0 END) AS withoutWaiver
      FROM occurrence_participants p JOIN occurrences o ON o.id = p.occurrence_id JOIN sessions s ON s.id = o.session_id JOIN activity_types a ON a.id = s.activity_type_id JOIN residents r ON r.id = p.resident_id
      WHERE a.name = 'Equine-assisted therapy'`);
    expect(equine[0].n).toBeGreaterThan(500);
    expect(equine[0].withoutWaiver).toBe(0);
  });

  test('books nobody and nothing twice at the same time', async () => {
    for (const [links, column] of [
      ['occurrence_participants', 'resident_id'],
      ['occurrence_facilitators', 'staff_id'],
      ['occurrence_resources', 'resource_id'],
    ] as const) {
      const clashes = await sql<{ n: number }>(`SELECT COUNT(*) AS n FROM ${links} a JOIN occurrences oa ON oa.id = a.occurrence_id
        JOIN ${links} b ON b.${column} = a.${column} AND b.occurrence_id > a.occurrence_id JOIN occurrences ob ON ob.id = b.occurrence_id
        WHERE oa.local_date = ob.local_date AND oa.starts_at < ob.ends_at AND ob.starts_at < oa.ends_at AND oa.status = 'scheduled' AND ob.status = 'scheduled'`);
      expect(clashes[0].n, links).toBe(0);
    }
    const places = await sql<{ n: number }>(`SELECT COUNT(*) AS n FROM occurrences a JOIN occurrences b ON b.location_id = a.location_id AND b.id > a.id
      WHERE a.local_date = b.local_date AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at AND a.status = 'scheduled' AND b.status = 'scheduled'`);
    expect(places[0].n).toBe(0);
  });

  test('passes the one conflict check: two weeks of sessions checked one by one, none with a clash', async () => {
    const manager = t.core.services.dataSource.manager;
    const ids = await sql<{ id: string; version: number }>("SELECT id, version FROM occurrences WHERE status = 'scheduled' AND local_date BETWEEN ? AND ? ORDER BY starts_at", [TODAY, addDays(TODAY, 13)]);
    expect(ids.length).toBeGreaterThan(500);
    const clashing: string[] = [];
    for (const { id, version } of ids) {
      // Each occurrence as it stands, asked again against all the others (it replaces itself).
      const answer = await checkConflicts(manager, [occurrenceProposal(await loadOccurrence(manager, id, version), {})]);
      if (answer.total !== 1 || answer.fine !== 1) clashing.push(JSON.stringify(answer.occurrences[0]));
    }
    expect(clashing).toEqual([]);
    // The lame horse and the holiday: the conflict check's preview finds no session they would break.
    const [lame] = (await t.must('admin', 'resources.list', { includeInactive: false })).filter((r) => r.outOfService.length > 0);
    expect((await t.must('admin', 'schedule.previewChange', { kind: 'resourceOutOfService', resourceId: lame.id, startsOn: lame.outOfService[0].startsOn, endsOn: lame.outOfService[0].endsOn })).total).toBe(0);
    const [holiday] = await t.must('admin', 'staffAbsences.list', { from: TODAY });
    expect((await t.must('admin', 'schedule.previewChange', { kind: 'staffAbsence', staffId: holiday.staffId, startsOn: holiday.startsOn, endsOn: holiday.endsOn })).total).toBe(0);
  }, 60_000);

  test('has a lame horse, out of service from a few days ago to about ten days ahead, and none of its sessions then', async () => {
    const horses = (await t.must('admin', 'resources.list', { includeInactive: false })).filter((r) => r.kind === 'horse');
    expect(horses).toHaveLength(6);
    expect(horses.every((horse) => horse.maxSessionsPerDay === 2 && horse.restDays.includes(0))).toBe(true);
    const lame = horses.filter((horse) => horse.outOfService.length > 0);
    expect(lame).toHaveLength(1);
    expect(lame[0].outOfService[0]).toMatchObject({ startsOn: addDays(TODAY, -4), endsOn: addDays(TODAY, 10), reason: 'Lame' });
    const bookedWhileLame = await t.must('admin', 'schedule.range', { from: addDays(TODAY, -4), to: addDays(TODAY, 10), resourceId: lame[0].id, includeCancelled: false });
    expect(bookedWhileLame.occurrences).toEqual([]);
    const bookedBefore = await t.must('admin', 'schedule.range', { from: addDays(TODAY, -30), to: addDays(TODAY, -5), resourceId: lame[0].id });
    expect(bookedBefore.occurrences.length).toBeGreaterThan(0);
    const perHorseDay = await sql<{ n: number }>('SELECT MAX(n) AS n FROM (SELECT COUNT(*) AS n FROM occurrence_resources x JOIN occurrences o ON o.id = x.occurrence_id JOIN resources r ON r.id = x.resource_id WHERE r.kind = \'horse\' GROUP BY x.resource_id, o.local_date)');
    expect(perHorseDay[0].n).toBeLessThanOrEqual(2);
  });

  test("has a facilitator's holiday next week, with none of their sessions then", async () => {
    const absences = await t.must('admin', 'staffAbsences.list', { from: TODAY });
    expect(absences).toHaveLength(1);
    expect(absences[0]).toMatchObject({ kind: 'holiday', startsOn: '2026-11-30', endsOn: '2026-12-06' });
    const booked = await t.must('admin', 'schedule.range', { from: '2026-11-30', to: '2026-12-06', facilitatorId: absences[0].staffId, includeCancelled: false });
    expect(booked.occurrences).toEqual([]);
    const later = await t.must('admin', 'schedule.range', { from: '2026-12-21', to: '2026-12-27', facilitatorId: absences[0].staffId });
    expect(later.occurrences.length).toBeGreaterThan(0);
  });

  test('has one cancelled session, with its reason', async () => {
    const cancelled = await sql<{ id: string; reason: string; day: string }>("SELECT id, cancel_reason AS reason, local_date AS day FROM occurrences WHERE status = 'cancelled'");
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatchObject({ day: addDays(TODAY, 1), reason: expect.stringContaining('flooded') as string });
  });

  test('runs five peer groups with facilitators, people who came and went, and one full group with a short waitlist', async () => {
    const groups = await t.must('admin', 'groups.list', { includeInactive: false });
    expect(groups).toHaveLength(5);
    expect(new Set(groups.map((g) => g.kind))).toEqual(new Set(['discussion', 'activityBased', 'mentoringCircle']));
    for (const summary of groups) {
      const group = await t.must('admin', 'groups.get', { id: summary.id });
      expect(group.facilitators.some((f) => f.role === 'facilitator'), group.name).toBe(true);
    }
    const full = groups.filter((g) => g.memberCount >= g.capacity);
    expect(full).toHaveLength(1);
    expect(full[0].waitlistCount).toBe(2);
    const memberships = await sql<{ joinedOn: string; leftOn: string | null; admittedOn: string }>(
      'SELECT m.joined_on AS joinedOn, m.left_on AS leftOn, r.admission_date AS admittedOn FROM group_memberships m JOIN residents r ON r.id = m.resident_id',
    );
    expect(memberships.filter((m) => m.leftOn !== null && m.leftOn < TODAY)).toHaveLength(10);
    expect(memberships.every((m) => m.joinedOn >= m.admittedOn && m.joinedOn >= addDays(TODAY, -91))).toBe(true);
    expect(new Set(memberships.map((m) => m.joinedOn)).size).toBeGreaterThan(20);
  });

  test('pairs eight residents with peer support specialists, meeting over three months, two pairs past the gap and flagged', async () => {
    const pairs = await t.must('admin', 'mentoring.listPairs', { includeEnded: false, flaggedOnly: false });
    expect(pairs).toHaveLength(8);
    const flagged = await t.must('admin', 'mentoring.listPairs', { includeEnded: false, flaggedOnly: true });
    expect(flagged).toHaveLength(2);
    const meetings = await sql<{ first: string; n: number }>('SELECT MIN(held_on) AS first, COUNT(*) AS n FROM mentoring_meetings');
    expect(meetings[0].n).toBeGreaterThan(40);
    expect(meetings[0].first < addDays(TODAY, -60)).toBe(true);
  });

  test('has attendance taken over the last three months, with gaps: some sessions untaken, some people absent', async () => {
    const days = await sql<{ day: string }>('SELECT DISTINCT o.local_date AS day FROM attendance_marks m JOIN occurrences o ON o.id = m.occurrence_id ORDER BY day');
    expect(days[0].day).toBe(addDays(TODAY, -91));
    expect(days.at(-1)?.day).toBe(addDays(TODAY, -1));
    const untaken = await sql<{ n: number }>(`SELECT COUNT(*) AS n FROM occurrences o WHERE o.status = 'scheduled' AND o.local_date < ?
      AND EXISTS (SELECT 1 FROM occurrence_participants p WHERE p.occurrence_id = o.id) AND NOT EXISTS (SELECT 1 FROM attendance_marks m WHERE m.occurrence_id = o.id)`, [TODAY]);
    expect(untaken[0].n).toBeGreaterThan(0);
    const statuses = await sql<{ status: string }>('SELECT DISTINCT status FROM attendance_marks');
    expect(statuses.map((s) => s.status)).toEqual(expect.arrayContaining(['present', 'absent', 'excused']));
    expect(await countRows(t, 'attendance_marks', "occurrence_id IN (SELECT id FROM occurrences WHERE local_date >= '2026-11-23')")).toBe(0);
  });

  test('is refused with a conflict the second time, and nothing is written', async () => {
    const result = await expectNothingWritten(t, () => t.call('admin', 'demo.load', {}));
    expect(errorOf(result).code).toBe('conflict');
  });
});

test('demo data is refused once real residents exist', async () => {
  const t = await startTestCore();
  try {
    await t.must('admin', 'residents.admit', admission());
    const result = await expectNothingWritten(t, () => t.call('admin', 'demo.load', {}));
    expect(errorOf(result).code).toBe('conflict');
    expect(await countRows(t, 'residents')).toBe(1);
  } finally {
    await t.dispose();
  }
});

test('demo data is refused once real staff have been added, so fictional people never mix with real ones', async () => {
  const fresh = await startTestCore();
  try {
    await fresh.must('admin', 'staff.create', { firstName: 'Real', lastName: 'Person', roles: ['counsellor'], email: '', phone: '' });
    expect(await fresh.must('admin', 'demo.isDatabaseEmpty', {})).toBe(false);
    expect(errorOf(await expectNothingWritten(fresh, () => fresh.call('admin', 'demo.load', {})))).toMatchObject({ code: 'conflict', messageKey: 'problems.registerNotEmpty' });
  } finally {
    await fresh.dispose();
  }
});

test('loading demo data is all or nothing: a failure halfway leaves the register empty', async () => {
  const fresh = await startTestCore();
  try {
    const residents = fresh.core.services.residents;
    const realDischarge = residents.dischargeIn.bind(residents);
    let calls = 0;
    residents.dischargeIn = async (...args) => {
      calls += 1;
      if (calls === 3) throw new Error('disk full (simulated)');
      return realDischarge(...args);
    };
    const before = await countRows(fresh, 'staff_members');
    expect(errorOf(await fresh.call('admin', 'demo.load', {})).code).toBe('internal');
    expect(calls).toBe(3);
    expect(await countRows(fresh, 'residents')).toBe(0);
    expect(await countRows(fresh, 'staff_members')).toBe(before);
    expect(await fresh.must('admin', 'audit.verify', {})).toMatchObject({ intact: true });
    // The register is still empty, so demo data can be loaded once the problem is gone.
    residents.dischargeIn = realDischarge;
    expect(await fresh.must('admin', 'demo.load', {})).toEqual({ residents: 60, staff: 15 });
  } finally {
    await fresh.dispose();
  }
});
