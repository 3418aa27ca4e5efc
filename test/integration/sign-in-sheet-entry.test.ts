import { afterEach, beforeEach, expect, test } from 'vitest';
import type { AttendanceSheet, AttendanceStatus } from '../../shared/contract/attendance';
import { createScheduleWorld, type ScheduleWorld } from '../support/schedule-world';
import { startTestCore, type TestCore } from '../support/test-core';

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

/** The sign-in sheet entry: P/L/A per roster row (reason null, engagement kept), then each walk-in row with its status. */
async function enterSignInSheet(occurrenceId: string, roster: Record<string, AttendanceStatus>, walkIns: Record<string, AttendanceStatus>) {
  const marks = Object.entries(roster).map(([residentId, status]) => ({ residentId, status, reason: null, engagement: null, expectedVersion: null }));
  await t.must('admin', 'attendance.record', { occurrenceId, marks });
  for (const [residentId, status] of Object.entries(walkIns)) await t.must('admin', 'attendance.addWalkIn', { occurrenceId, residentId, status, reason: null, engagement: null });
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
