import type { EntityManager } from 'typeorm';
import { CONSECUTIVE_ABSENCES_FLAG, ENGAGEMENT_TREND_WEEKS, RECENT_WINDOW_DAYS, type FlaggedResident, type ResidentAttendance, type SeriesAttendance } from '../../../shared/contract/attendance';
import { addDays } from '../../../shared/dates';
import { notFound } from '../errors';
import { ResidentEntity } from '../residents/resident.entity';
import { loadMarkFacts, type MarkFact } from './attendance-facts';
import { byLabel, residentSheetName } from './attendance-names';
import { engagementByWeek, isWithinLastDays, rateOf, trailingUnexcusedAbsences } from './attendance-rates';
import type { OccurrenceScope } from './attendance-scope';

/**
 * A resident's attendance since the start of their current stay up to today (rates: see
 * attendance-rates.ts), per series and overall, the flag, and engagement by week.
 * Per series = per session (its series); once groups are participants, per group.
 */
export async function residentAttendance(manager: EntityManager, residentId: string, today: string, scope: OccurrenceScope): Promise<ResidentAttendance> {
  const resident = await manager.findOneBy(ResidentEntity, { id: residentId });
  if (!resident) throw notFound('resident');
  const facts = await loadMarkFacts(manager, { scope, residentId, from: resident.admissionDate, to: today });
  const recent = (marks: MarkFact[]) => marks.filter((mark) => isWithinLastDays(mark.localDate, today, RECENT_WINDOW_DAYS));

  const bySession = new Map<string, MarkFact[]>();
  for (const fact of facts) bySession.set(fact.sessionId, [...(bySession.get(fact.sessionId) ?? []), fact]);
  const series: SeriesAttendance[] = [...bySession.values()].map((marks) => {
    const run = trailingUnexcusedAbsences(marks.map((mark) => mark.status));
    return {
      sessionId: marks[0].sessionId,
      title: marks[0].seriesTitle,
      activityName: marks[0].activityName,
      lastFourWeeks: rateOf(recent(marks).map((mark) => mark.status)),
      sinceAdmission: rateOf(marks.map((mark) => mark.status)),
      consecutiveUnexcusedAbsences: run,
      flagged: run >= CONSECUTIVE_ABSENCES_FLAG,
    };
  });
  series.sort((a, b) => Number(b.flagged) - Number(a.flagged) || a.title.localeCompare(b.title));

  return {
    residentId,
    admissionDate: resident.admissionDate,
    today,
    scope: scope.kind,
    overall: { lastFourWeeks: rateOf(recent(facts).map((mark) => mark.status)), sinceAdmission: rateOf(facts.map((mark) => mark.status)) },
    series,
    flagged: series.some((entry) => entry.flagged),
    engagementByWeek: engagementByWeek(facts, today, ENGAGEMENT_TREND_WEEKS),
  };
}

/** How far back the flags look: a run of absences older than this is no longer news. */
const FLAG_LOOKBACK_DAYS = 120;

/** Residents in residence now with a flagged series (their current stay only), in name order. */
export async function flaggedResidents(manager: EntityManager, today: string, scope: OccurrenceScope): Promise<FlaggedResident[]> {
  const facts = (await loadMarkFacts(manager, { scope, from: addDays(today, -FLAG_LOOKBACK_DAYS), to: today })).filter(
    (fact) => fact.residentStatus === 'admitted' && fact.localDate >= fact.residentAdmissionDate,
  );
  const runs = new Map<string, MarkFact[]>();
  for (const fact of facts) {
    const key = `${fact.residentId} ${fact.sessionId}`;
    runs.set(key, [...(runs.get(key) ?? []), fact]);
  }
  const flagged = new Map<string, FlaggedResident & { label: string }>();
  for (const marks of runs.values()) {
    const run = trailingUnexcusedAbsences(marks.map((mark) => mark.status));
    if (run < CONSECUTIVE_ABSENCES_FLAG) continue;
    const first = marks[0];
    const name = residentSheetName({ firstName: first.residentFirstName, lastName: first.residentLastName, preferredName: first.residentPreferredName });
    const entry = flagged.get(first.residentId) ?? { residentId: first.residentId, name, label: name, series: [] };
    entry.series.push({ sessionId: first.sessionId, title: first.seriesTitle, consecutiveUnexcusedAbsences: run });
    flagged.set(first.residentId, entry);
  }
  return [...flagged.values()].sort(byLabel).map(({ label: _label, ...resident }) => resident);
}
