import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RosterEntry, RosterSection } from '../../shared/contract/rosters';
import { auditRows } from '../support/db-snapshot';
import { createRosterWeek, type RosterWeekFixture } from '../support/roster-week';
import { errorOf, startTestCore, type TestCore } from '../support/test-core';

// The per-group print (issue 17, "per activity or group") on the demo-like week of roster-week.ts
// (Mon 7 – Sun 13 Dec 2026; the test clock reads Monday 23 November), with three peer groups:
// - Relapse prevention, led by Fay, meets Tuesday 8 and Thursday 10 Dec 18:00–19:00 in the yoga
//   room. Anne and Marc joined on 30 Nov, Marc left on 10 Dec (his last day the 9th), Bella joins
//   on 9 Dec: Tuesday books Anne and Marc, Thursday Anne and Bella.
// - Art circle, led by Gus, meets Friday 11 Dec 14:00–15:00 in the barn; Anne joined on 1 Dec.
// - Morning walk has Bella as a member and no meeting that week.

let t: TestCore;
let w: RosterWeekFixture;
const groups = { relapse: '', art: '', walk: '' };
beforeAll(async () => {
  t = await startTestCore();
  w = await createRosterWeek(t);
  const locations = await t.must('admin', 'locations.list', {});
  const place = (name: string) => locations.find((location) => location.name === name)?.id ?? '';
  const typeId = (await t.must('admin', 'activityTypes.list', {})).find((type) => type.name === 'Yoga')?.id ?? '';
  const group = async (name: string, staffId: string) => (await t.must('admin', 'groups.create', { name, kind: 'discussion', focus: '', capacity: 8, openEnrolment: true, facilitators: [{ staffId, role: 'facilitator' }] })).id;
  groups.relapse = await group('Relapse prevention', w.fay);
  groups.art = await group('Art circle', w.gus);
  groups.walk = await group('Morning walk', w.fay);
  const enrol = (groupId: string, residentId: string, joinedOn: string) => t.must('admin', 'groups.enrol', { groupId, residentId, joinedOn });
  await enrol(groups.relapse, w.anne, '2026-11-30');
  await enrol(groups.relapse, w.marc, '2026-11-30');
  await enrol(groups.relapse, w.bella, '2026-12-09');
  await enrol(groups.art, w.anne, '2026-12-01');
  await enrol(groups.walk, w.bella, '2026-11-30');
  const marc = (await t.must('admin', 'groups.get', { id: groups.relapse, asOf: '2026-12-01' })).roster.find((m) => m.residentId === w.marc);
  await t.must('admin', 'groups.leave', { membershipId: marc?.id ?? '', leftOn: '2026-12-10', reason: 'completed', note: '' });
  const meeting = (groupId: string, title: string, locationId: string, staffId: string, startDate: string, startTime: string, weekdays: Array<'TU' | 'TH'> | null) => ({
    draft: { activityTypeId: typeId, title, locationId, resourceIds: [], facilitatorIds: [staffId], participantIds: [], groupId, capacity: 8, startDate, startTime, durationMinutes: 60, recurrence: weekdays ? { interval: 1, weekdays, ends: { kind: 'afterCount' as const, count: 2 } } : null },
  });
  await t.must('admin', 'sessions.create', meeting(groups.relapse, 'Relapse prevention', place('Yoga room'), w.fay, '2026-12-08', '18:00', ['TU', 'TH']));
  await t.must('admin', 'sessions.create', meeting(groups.art, 'Art circle', place('Barn'), w.gus, '2026-12-11', '14:00', null));
});
afterAll(() => t.dispose());

const line = (entry: RosterEntry) => `${entry.date} ${entry.startTime}–${entry.endTime} ${entry.title} @ ${entry.location}`;
const names = (people: Array<{ firstName: string; lastName: string }>) => people.map((p) => `${p.lastName}, ${p.firstName}`);
const members = (section: RosterSection) => (section.members ?? []).map((m) => [`${m.lastName}, ${m.firstName}`, m.joinedOn, m.leftOn]);

describe('the per-group print', () => {
  test('one section per group meeting that week, by name: its meetings with day, time, place, facilitators and who is booked, and its members during the week', async () => {
    const week = await t.must('admin', 'rosters.week', { kind: 'group', weekOf: '2026-12-09' });
    expect({ kind: week.kind, weekStart: week.weekStart, weekEnd: week.weekEnd }).toEqual({ kind: 'group', weekStart: '2026-12-07', weekEnd: '2026-12-13' });
    expect(week.sections.map((section) => [section.subject.type, section.subject.name])).toEqual([
      ['group', 'Art circle'],
      ['group', 'Relapse prevention'],
    ]);
    const [art, relapse] = week.sections;
    expect(art.entries.map(line)).toEqual(['2026-12-11 14:00–15:00 Art circle @ Barn']);
    expect(names(art.entries[0].facilitators)).toEqual(['Gray, Gus']);
    expect(members(art)).toEqual([['Zeller, Anne', '2026-12-01', null]]);
    expect(relapse.entries.map(line)).toEqual(['2026-12-08 18:00–19:00 Relapse prevention @ Yoga room', '2026-12-10 18:00–19:00 Relapse prevention @ Yoga room']);
    expect(relapse.entries.map((entry) => names(entry.residents))).toEqual([
      ['Roy, Marc', 'Zeller, Anne'],
      ['Adams, Bella', 'Zeller, Anne'],
    ]);
    expect(names(relapse.entries[0].facilitators)).toEqual(['Fontaine, Fay']);
    expect(members(relapse)).toEqual([
      ['Adams, Bella', '2026-12-09', null],
      ['Roy, Marc', '2026-11-30', '2026-12-10'],
      ['Zeller, Anne', '2026-11-30', null],
    ]);
  });

  test('a chosen group prints alone, even in a week it does not meet; one day narrows the meetings and the members to that day', async () => {
    const walk = await t.must('admin', 'rosters.week', { kind: 'group', weekOf: '2026-12-07', groupId: groups.walk });
    expect(walk.sections.map((section) => [section.subject.name, section.entries.length, members(section)])).toEqual([['Morning walk', 0, [['Adams, Bella', '2026-11-30', null]]]]);
    const tuesday = await t.must('admin', 'rosters.week', { kind: 'group', weekOf: '2026-12-07', day: '2026-12-08' });
    expect(tuesday.sections.map((section) => [section.subject.name, section.entries.map(line), members(section)])).toEqual([
      ['Relapse prevention', ['2026-12-08 18:00–19:00 Relapse prevention @ Yoga room'], [['Roy, Marc', '2026-11-30', '2026-12-10'], ['Zeller, Anne', '2026-11-30', null]]],
    ]);
  });

  test('an unknown group is not found; a print of the groups is one record.print row; a facilitator gets neither', async () => {
    expect(errorOf(await t.call('admin', 'rosters.week', { kind: 'group', weekOf: '2026-12-07', groupId: w.yogaSession })).code).toBe('not_found');
    const printed = await t.must('admin', 'rosters.recordPrint', { kind: 'group', weekOf: '2026-12-09', subjectId: groups.relapse, pages: 1, output: 'pdf' });
    expect((await auditRows(t)).at(-1)).toMatchObject({ seq: printed.seq, action: 'record.print', entity_type: 'roster', entity_id: groups.relapse, resident_id: null, details: { print: 'group', week: '2026-12-07', pages: 1, output: 'pdf' } });
    await t.signInAs('facilitator', ['facilitator']);
    expect(errorOf(await t.call('facilitator', 'rosters.week', { kind: 'group', weekOf: '2026-12-07' })).code).toBe('forbidden');
    expect(errorOf(await t.call('facilitator', 'rosters.recordPrint', { kind: 'group', weekOf: '2026-12-07', pages: 1, output: 'pdf' })).code).toBe('forbidden');
  });
});
