import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RosterEntry } from '../../shared/contract/rosters';
import { auditRows, expectNothingWritten } from '../support/db-snapshot';
import { createRosterWeek, type RosterWeekFixture } from '../support/roster-week';
import { errorOf, startTestCore, type TestCore } from '../support/test-core';

let t: TestCore;
let w: RosterWeekFixture;
beforeAll(async () => {
  t = await startTestCore();
  w = await createRosterWeek(t);
});
afterAll(() => t.dispose());

/** What a line of a roster says, hand-checked against the fixture's description. */
const line = (entry: RosterEntry) => `${entry.date} ${entry.startTime}–${entry.endTime} ${entry.title} @ ${entry.location}${entry.status === 'cancelled' ? ` CANCELLED (${entry.cancelReason})` : ''}${entry.movedFrom ? ` moved from ${entry.movedFrom.date} ${entry.movedFrom.startTime}` : ''}`;
const names = (people: Array<{ firstName: string; lastName: string }>) => people.map((p) => `${p.lastName}, ${p.firstName}`);

describe('the data behind each print, for a demo week', () => {
  test('per activity: one section per series, with times, place, facilitators and the residents enrolled; the cancelled one with its reason, the moved one at its new time', async () => {
    const week = await t.must('admin', 'rosters.week', { kind: 'activity', weekOf: '2026-12-10' });
    expect({ weekStart: week.weekStart, weekEnd: week.weekEnd, centre: week.centreName, paper: week.paperSize, by: week.printedBy }).toEqual({ weekStart: '2026-12-07', weekEnd: '2026-12-13', centre: 'Hearth', paper: 'letter', by: 'Ada Admin' });
    expect(week.sections.map((section) => section.subject.name)).toEqual(['Equine-assisted therapy', 'Yoga']);
    const [equine, yoga] = week.sections;
    expect(equine.entries.map(line)).toEqual(['2026-12-09 14:00–15:30 Equine-assisted therapy @ Barn']);
    expect(equine.entries[0].resources).toEqual([{ id: expect.any(String), name: 'Biscuit', kind: 'horse', outOfService: 'Lame' }]);
    expect(names(equine.entries[0].facilitators)).toEqual(['Gray, Gus']);
    expect(yoga.entries.map(line)).toEqual([
      '2026-12-07 10:00–11:00 Yoga @ Yoga room CANCELLED (Yoga room flooded)',
      '2026-12-10 11:30–12:30 Yoga @ Yoga room moved from 2026-12-09 10:00',
    ]);
    expect(names(yoga.entries[1].residents)).toEqual(['Adams, Bella', 'Roy, Marc', 'Zeller, Anne']);
    expect(names(yoga.entries[1].facilitators)).toEqual(['Fontaine, Fay']);
  });

  test('per resident: every resident in residence that week, by last name, each in their own language, with only their own sessions', async () => {
    const week = await t.must('admin', 'rosters.week', { kind: 'resident', weekOf: '2026-12-07' });
    expect(week.sections.map((s) => [s.subject.name, s.language, s.entries.map(line)])).toEqual([
      ['Bella Adams', 'en', ['2026-12-07 10:00–11:00 Yoga @ Yoga room CANCELLED (Yoga room flooded)', '2026-12-10 11:30–12:30 Yoga @ Yoga room moved from 2026-12-09 10:00']],
      ['Marc Roy', 'fr', ['2026-12-07 10:00–11:00 Yoga @ Yoga room CANCELLED (Yoga room flooded)', '2026-12-10 11:30–12:30 Yoga @ Yoga room moved from 2026-12-09 10:00']],
      ['Anne Zeller', 'en', ['2026-12-07 10:00–11:00 Yoga @ Yoga room CANCELLED (Yoga room flooded)', '2026-12-09 14:00–15:30 Equine-assisted therapy @ Barn', '2026-12-10 11:30–12:30 Yoga @ Yoga room moved from 2026-12-09 10:00']],
    ]);
    const one = await t.must('admin', 'rosters.week', { kind: 'resident', weekOf: '2026-12-07', residentId: w.marc });
    expect(one.sections.map((s) => [s.subject.name, s.language, s.entries.length])).toEqual([['Marc Roy', 'fr', 2]]);
  });

  test('per facilitator: each person who leads something that week, with their own sessions; one chosen day narrows it', async () => {
    const week = await t.must('admin', 'rosters.week', { kind: 'facilitator', weekOf: '2026-12-07' });
    expect(week.sections.map((s) => [s.subject.name, s.entries.map(line)])).toEqual([
      ['Fay Fontaine', ['2026-12-07 10:00–11:00 Yoga @ Yoga room CANCELLED (Yoga room flooded)', '2026-12-10 11:30–12:30 Yoga @ Yoga room moved from 2026-12-09 10:00']],
      ['Gus Gray', ['2026-12-09 14:00–15:30 Equine-assisted therapy @ Barn']],
    ]);
    const wednesday = await t.must('admin', 'rosters.week', { kind: 'facilitator', weekOf: '2026-12-07', day: '2026-12-09', staffId: w.fay });
    expect(wednesday).toMatchObject({ day: '2026-12-09', weekStart: '2026-12-07' });
    expect(wednesday.sections.map((s) => [s.subject.name, s.entries.length])).toEqual([['Fay Fontaine', 0]]);
  });

  test("the centre's week at a glance holds every occurrence in time order", async () => {
    const week = await t.must('admin', 'rosters.week', { kind: 'centreWeek', weekOf: '2026-12-13' });
    expect(week.weekStart).toBe('2026-12-07');
    expect(week.sections).toHaveLength(1);
    expect(week.sections[0].entries.map(line)).toEqual([
      '2026-12-07 10:00–11:00 Yoga @ Yoga room CANCELLED (Yoga room flooded)',
      '2026-12-09 14:00–15:30 Equine-assisted therapy @ Barn',
      '2026-12-10 11:30–12:30 Yoga @ Yoga room moved from 2026-12-09 10:00',
    ]);
  });

  test('a sign-in sheet lists the roster by last name, with numbered blank rows for the places left (at least 4)', async () => {
    const sheet = await t.must('admin', 'rosters.signInSheet', { occurrenceId: w.movedYoga });
    expect(names(sheet.roster)).toEqual(['Adams, Bella', 'Roy, Marc', 'Zeller, Anne']);
    expect(sheet.blankRows).toBe(7); // capacity 10 − 3 enrolled
    expect(line(sheet.entry)).toBe('2026-12-10 11:30–12:30 Yoga @ Yoga room moved from 2026-12-09 10:00');
    const equine = await t.must('admin', 'rosters.signInSheet', { occurrenceId: w.equine });
    expect(equine.blankRows).toBe(4); // capacity 4 − 1 leaves 3: never fewer than 4 rows
  });

  test("every print carries the audit trail's current fingerprint: the newest row's number and the first 16 hex digits of its hash", async () => {
    const week = await t.must('admin', 'rosters.week', { kind: 'centreWeek', weekOf: '2026-12-07' });
    const [head] = await t.core.services.dataSource.query<Array<{ seq: number; hash: string }>>("SELECT last_seq AS seq, last_hash AS hash FROM audit_chain_head WHERE id = 'head'");
    expect(week.auditFingerprint).toEqual({ seq: head.seq, fingerprint: head.hash.slice(0, 16).toUpperCase().replace(/(.{4})(?=.)/g, '$1-') });
  });
});

test("every print's header carries the centre's name from the settings", async () => {
  const c = await startTestCore();
  try {
    const { version, ...current } = await c.must('admin', 'settings.get', {});
    await c.must('admin', 'settings.update', { ...current, centreName: 'Maison Lumière', expectedVersion: version });
    const week = await c.must('admin', 'rosters.week', { kind: 'centreWeek', weekOf: '2026-12-07' });
    expect(week.centreName).toBe('Maison Lumière');
    expect(week.sections[0].subject.name).toBe('Maison Lumière');
  } finally {
    await c.dispose();
  }
});

describe('the week of the November clock change (America/Toronto, Sunday 1 Nov 2026)', () => {
  test('a Sunday 18:00 session prints at 18:00 on both sides of the change', async () => {
    const c = await startTestCore();
    try {
      c.clock.set('2026-10-01T12:00:00.000Z');
      const resident = await c.must('admin', 'residents.admit', admission2());
      const staff = await c.must('admin', 'staff.create', { firstName: 'Fay', lastName: 'Fontaine', roles: ['facilitator'], email: '', phone: '' });
      const room = await c.must('admin', 'locations.create', { name: 'Group room', capacity: 10, onSite: true });
      const yoga = (await c.must('admin', 'activityTypes.list', {})).find((type) => type.name === 'Yoga')?.id ?? '';
      await c.must('admin', 'sessions.create', { draft: { activityTypeId: yoga, title: 'Evening yoga', locationId: room.id, resourceIds: [], facilitatorIds: [staff.id], participantIds: [resident.id], capacity: 8, startDate: '2026-10-25', startTime: '18:00', durationMinutes: 60, recurrence: { interval: 1, weekdays: ['SU'], ends: { kind: 'afterCount', count: 3 } } } });
      const before = await c.must('admin', 'rosters.week', { kind: 'resident', weekOf: '2026-10-20', residentId: resident.id });
      const during = await c.must('admin', 'rosters.week', { kind: 'resident', weekOf: '2026-10-28', residentId: resident.id });
      expect(before.sections[0].entries.map(line)).toEqual(['2026-10-25 18:00–19:00 Evening yoga @ Group room']);
      expect(during.sections[0].entries.map(line)).toEqual(['2026-11-01 18:00–19:00 Evening yoga @ Group room']);
      expect(during).toMatchObject({ weekStart: '2026-10-26', weekEnd: '2026-11-01' });
    } finally {
      await c.dispose();
    }
  });
});

function admission2() {
  return { firstName: 'Léa', lastName: 'Martin', preferredName: '', pronouns: '', dateOfBirth: '1990-01-01', admissionDate: '2026-09-01', program: 'residential' as const, language: 'fr' as const, house: null, room: null, emergencyContactName: '', emergencyContactRelationship: '', emergencyContactPhone: '', emergencyContactEmail: '', equineWaiverSignedOn: null, photoConsent: false };
}

describe('printing is audited and permitted', () => {
  test('a print is one record.print row: what, which week (its Monday), how many pages, printer or PDF', async () => {
    const printed = await t.must('admin', 'rosters.recordPrint', { kind: 'resident', weekOf: '2026-12-10', subjectId: w.marc, pages: 1, output: 'pdf' });
    const row = (await auditRows(t)).at(-1);
    expect(row).toMatchObject({ seq: printed.seq, action: 'record.print', entity_type: 'roster', entity_id: w.marc, resident_id: w.marc, details: { print: 'resident', week: '2026-12-07', day: null, pages: 1, output: 'pdf' } });
  });

  test("a facilitator prints their own session's sign-in sheet, not another's, and no weekly roster", async () => {
    const fay = await signInAsExisting(w.fay, 'fay');
    expect((await t.must(fay, 'rosters.signInSheet', { occurrenceId: w.movedYoga })).roster).toHaveLength(3);
    await t.must(fay, 'rosters.recordPrint', { kind: 'signInSheet', subjectId: w.movedYoga, pages: 1, output: 'printer' });
    const other = await t.call(fay, 'rosters.signInSheet', { occurrenceId: w.equine });
    expect(errorOf(other)).toMatchObject({ code: 'not_found', messageKey: 'problems.rosterNotYourSession' });
    const otherPrint = await expectNothingWritten(t, () => t.call(fay, 'rosters.recordPrint', { kind: 'signInSheet', subjectId: w.equine, pages: 1, output: 'printer' }));
    expect(errorOf(otherPrint).code).toBe('not_found');
    expect(errorOf(await t.call(fay, 'rosters.week', { kind: 'centreWeek', weekOf: '2026-12-07' })).code).toBe('forbidden');
    expect(errorOf(await expectNothingWritten(t, () => t.call(fay, 'rosters.recordPrint', { kind: 'centreWeek', weekOf: '2026-12-07', pages: 1, output: 'pdf' }))).code).toBe('forbidden');
  });

  test('a counsellor gets neither the data nor a print row through the bridge; scheduling staff get both', async () => {
    await t.signInAs('counsellor', ['counsellor']);
    expect(errorOf(await t.call('counsellor', 'rosters.week', { kind: 'resident', weekOf: '2026-12-07' })).code).toBe('forbidden');
    expect(errorOf(await t.call('counsellor', 'rosters.signInSheet', { occurrenceId: w.movedYoga })).code).toBe('forbidden');
    expect(errorOf(await expectNothingWritten(t, () => t.call('counsellor', 'rosters.recordPrint', { kind: 'signInSheet', subjectId: w.movedYoga, pages: 1, output: 'pdf' }))).code).toBe('forbidden');
    await t.signInAs('scheduler', ['scheduling_staff']);
    expect((await t.must('scheduler', 'rosters.week', { kind: 'activity', weekOf: '2026-12-07' })).sections).toHaveLength(2);
    expect((await t.must('scheduler', 'rosters.signInSheet', { occurrenceId: w.equine })).roster).toHaveLength(1);
  });
});

/** Gives a fixture's staff member an account and signs them in on a channel of their own. */
async function signInAsExisting(staffId: string, username: string): Promise<string> {
  await t.must('admin', 'accounts.create', { staffId, username, temporaryPassword: 'temporary pass 1' });
  await t.must(username, 'auth.signIn', { username, password: 'temporary pass 1' });
  await t.must(username, 'auth.changePassword', { currentPassword: 'temporary pass 1', newPassword: 'staple paper clip 42' });
  return username;
}
