import type { EntityManager } from 'typeorm';
import { CONSECUTIVE_ABSENCES_FLAG, ENGAGEMENT_TREND_WEEKS, RECENT_WINDOW_DAYS, type ResidentAttendance, type SeriesAttendance } from '../../../shared/contract/attendance';
import { notFound } from '../errors';
import { ResidentEntity } from '../residents/resident.entity';
import { loadMarkFacts, type MarkFact } from './attendance-facts';
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
