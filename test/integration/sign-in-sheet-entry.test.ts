import { afterEach, beforeEach, expect, test } from 'vitest';
import type { AttendanceSheet, AttendanceStatus } from '../../shared/contract/attendance';
import { auditRows, expectNothingWritten } from '../support/db-snapshot';
import { createScheduleWorld, type ScheduleWorld } from '../support/schedule-world';
import { errorOf, startTestCore, type TestCore } from '../support/test-core';

// Issue 17: a paper sign-in sheet typed back in must leave the same attendance as the attendance
// screen. Each path below makes exactly the calls its screen makes, in the shape it sends them:
// renderer/features/rosters/EnterSignInSheetPage.tsx and renderer/features/attendance/AttendanceSheetPage.tsx.

let t: TestCore;
let w: ScheduleWorld;
beforeEach(async () => {
  t = await startTestCore(); // Monday 2026-11-23: both Wednesdays below are past
  w = await createScheduleWorld(t);
});
afterEach(() => t.dispose());

/** Two identical meetings: the same weekly yoga with Éloïse and Bruno on 4 and 11 November. */
async function twoIdenticalMeetings(): Promise<[string, string]> {
  const session = await t.must('admin', 'sessions.create', {
    draft: w.draft({ startDate: '2026-11-04', participantIds: [w.eloise, w.bruno], recurrence: { interval: 1, weekdays: ['WE'], ends: { kind: 'afterCount', count: 2 } } }),
  });
  const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-11-01', to: '2026-11-30' });
  const [first, second] = occurrences.filter((o) => o.sessionId === session.id).map((o) => o.id);
  return [first, second];
}

/** The sign-in sheet entry: P/L/A per roster row (reason null, engagement kept) and each walk-in row with its status, in one operation. */
async function enterSignInSheet(occurrenceId: string, roster: Record<string, AttendanceStatus>, walkIns: Record<string, AttendanceStatus>, channel = 'admin') {
  const marks = Object.entries(roster).map(([residentId, status]) => ({ residentId, status, reason: null, engagement: null, expectedVersion: null }));
  return t.must(channel, 'rosters.enterSignInSheet', { occurrenceId, marks, walkIns: Object.entries(walkIns).map(([residentId, status]) => ({ residentId, status, reason: null, engagement: null })) });
}

/**
 * The attendance screen: the changed rows saved at once (the reason box's trimmed text, empty when
 * untouched); a walk-in is added as present from the picker, then their row is set and saved again.
 */
async function takeOnAttendanceScreen(occurrenceId: string, roster: Record<string, AttendanceStatus>, walkIns: Record<string, AttendanceStatus>) {
  const marks = Object.entries(roster).map(([residentId, status]) => ({ residentId, status, engagement: null, reason: '', expectedVersion: null }));
  await t.must('admin', 'attendance.record', { occurrenceId, marks });
  for (const residentId of Object.keys(walkIns)) await t.must('admin', 'attendance.addWalkIn', { occurrenceId, residentId, status: 'present', reason: null, engagement: null });
  const sheet = await t.must('admin', 'attendance.sheet', { occurrenceId });
  const changed = sheet.rows.filter((row) => walkIns[row.residentId] && walkIns[row.residentId] !== row.mark?.status);
  if (changed.length > 0) {
    await t.must('admin', 'attendance.record', {
      occurrenceId,
      marks: changed.map((row) => ({ residentId: row.residentId, status: walkIns[row.residentId], engagement: row.mark?.engagement ?? null, reason: row.mark?.reason ?? '', expectedVersion: row.mark?.version ?? null })),
    });
  }
}

const stored = (sheet: AttendanceSheet) => sheet.rows.map((row) => ({ residentId: row.residentId, status: row.mark?.status ?? null, walkIn: row.mark?.walkIn ?? null, reason: row.mark?.reason ?? null, engagement: row.mark?.engagement ?? null }));

test('entering a sign-in sheet produces the same attendance as taking it on the attendance screen', async () => {
  const [onPaper, onScreen] = await twoIdenticalMeetings();
  const roster = { [w.eloise]: 'present', [w.bruno]: 'absent' } as const;
  const walkIns = { [w.chloe]: 'late' } as const;
  await enterSignInSheet(onPaper, roster, walkIns);
  await takeOnAttendanceScreen(onScreen, roster, walkIns);

  const paper = stored(await t.must('admin', 'attendance.sheet', { occurrenceId: onPaper }));
  const screen = stored(await t.must('admin', 'attendance.sheet', { occurrenceId: onScreen }));
  expect(paper).toEqual(screen);
  expect(paper).toEqual(
    expect.arrayContaining([
      { residentId: w.eloise, status: 'present', walkIn: false, reason: null, engagement: null },
      { residentId: w.bruno, status: 'absent', walkIn: false, reason: null, engagement: null },
      { residentId: w.chloe, status: 'late', walkIn: true, reason: null, engagement: null },
    ]),
  );
  expect(paper).toHaveLength(3);
});

test('the same attendance leaves the same audit rows, plus one saying the sheet was entered', async () => {
  const [onPaper, onScreen] = await twoIdenticalMeetings();
  const roster = { [w.eloise]: 'present', [w.bruno]: 'absent' } as const;
  const markRows = async (occurrenceId: string, since: number) =>
    (await auditRows(t)).filter((row) => row.seq > since && row.details.occurrenceId === occurrenceId).map((row) => [row.action, row.entity_type, row.resident_id, row.details.status ?? null]);
  const before = (await auditRows(t)).at(-1)?.seq ?? 0;
  await enterSignInSheet(onPaper, roster, {});
  await takeOnAttendanceScreen(onScreen, roster, {});
  const paper = await markRows(onPaper, before);
  expect(paper.filter(([, type]) => type === 'attendanceMark')).toEqual(await markRows(onScreen, before));
  expect(paper.filter(([, type]) => type === 'signInSheetEntry')).toEqual([['record.create', 'signInSheetEntry', null, null]]);
});

test('an entered sheet says who entered it and when; entering it again is a correction: still entered, by the latest person', async () => {
  const [occurrenceId] = await twoIdenticalMeetings();
  expect((await t.must('admin', 'rosters.signInSheet', { occurrenceId })).entered).toBeNull();
  t.clock.set('2026-11-23T15:01:00.000Z');
  const first = await enterSignInSheet(occurrenceId, { [w.eloise]: 'present', [w.bruno]: 'absent' }, {});
  expect(first).toEqual({ occurrenceId, enteredAt: '2026-11-23T15:01:00.000Z', enteredByName: 'Ada Admin', version: 1 });
  expect((await t.must('admin', 'rosters.signInSheet', { occurrenceId })).entered).toEqual(first);

  await t.signInAs('manager', ['manager'], 'Mona');
  t.clock.set('2026-11-23T15:03:00.000Z');
  const bruno = (await t.must('manager', 'attendance.sheet', { occurrenceId })).rows.find((row) => row.residentId === w.bruno)?.mark;
  const again = await t.must('manager', 'rosters.enterSignInSheet', {
    occurrenceId,
    marks: [{ residentId: w.bruno, status: 'late', reason: null, engagement: null, expectedVersion: bruno?.version ?? null }],
    walkIns: [{ residentId: w.chloe, status: 'present', reason: null, engagement: null }],
  });
  expect(again).toEqual({ occurrenceId, enteredAt: '2026-11-23T15:03:00.000Z', enteredByName: 'Mona manager', version: 2 });
  expect(stored(await t.must('admin', 'attendance.sheet', { occurrenceId }))).toEqual(
    expect.arrayContaining([
      { residentId: w.bruno, status: 'late', walkIn: false, reason: null, engagement: null },
      { residentId: w.chloe, status: 'present', walkIn: true, reason: null, engagement: null },
    ]),
  );
  const [row] = await t.core.services.dataSource.query<Array<{ first_entered_at: string; entered_at: string; version: number }>>('SELECT * FROM sign_in_sheet_entries WHERE occurrence_id = ?', [occurrenceId]);
  expect(row).toMatchObject({ first_entered_at: '2026-11-23T15:01:00.000Z', entered_at: '2026-11-23T15:03:00.000Z', version: 2 });
});

test('a sheet refused by an attendance check leaves nothing written: no mark, no walk-in, not entered', async () => {
  const [occurrenceId] = await twoIdenticalMeetings();
  const result = await expectNothingWritten(t, () =>
    t.call('admin', 'rosters.enterSignInSheet', {
      occurrenceId,
      marks: [{ residentId: w.eloise, status: 'present', reason: null, engagement: null, expectedVersion: null }],
      // Bruno is on the roster: he cannot also be a walk-in.
      walkIns: [{ residentId: w.bruno, status: 'late', reason: null, engagement: null }],
    }),
  );
  expect(errorOf(result)).toMatchObject({ code: 'conflict', messageKey: 'problems.attendance.alreadyOnRoster' });
  expect((await t.must('admin', 'rosters.signInSheet', { occurrenceId })).entered).toBeNull();
});

test("a facilitator cannot enter the sheet of a session they do not lead, and no one enters the sheet of a later day", async () => {
  const [, later] = await twoIdenticalMeetings();
  const future = await t.must('admin', 'sessions.create', { draft: w.draft({ recurrence: null }) });
  const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-12-02', to: '2026-12-02' });
  const futureId = occurrences.find((o) => o.sessionId === future.id)?.id ?? '';
  const notYet = await expectNothingWritten(t, () => t.call('admin', 'rosters.enterSignInSheet', { occurrenceId: futureId, marks: [], walkIns: [] }));
  expect(errorOf(notYet)).toMatchObject({ code: 'conflict', messageKey: 'problems.attendance.notYetHeld' });
  await t.signInAs('stranger', ['facilitator']);
  const notTheirs = await expectNothingWritten(t, () => t.call('stranger', 'rosters.enterSignInSheet', { occurrenceId: later, marks: [], walkIns: [] }));
  expect(errorOf(notTheirs).code).toBe('forbidden');
});
