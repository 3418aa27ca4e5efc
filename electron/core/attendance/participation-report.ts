import type { EntityManager } from 'typeorm';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type ParticipationReport, type ParticipationRow } from '../../../shared/contract/attendance';
import { formulaSafeCsv } from '../text/formula-safe-csv';
import { countOccurrences, loadMarkFacts, type MarkFact } from './attendance-facts';
import { byLabel, residentSheetName } from './attendance-names';
import { engagementAverage, engagementCounts, rateOf } from './attendance-rates';
import type { OccurrenceScope } from './attendance-scope';

/** Attendance and engagement over a period, by resident, series and activity type (rates: attendance-rates.ts). */
export async function participationReport(manager: EntityManager, period: { from: string; to: string }, scope: OccurrenceScope): Promise<ParticipationReport> {
  const facts = await loadMarkFacts(manager, { scope, from: period.from, to: period.to });
  const occurrences = await countOccurrences(manager, { ...period, scope });
  return {
    ...period,
    scope: scope.kind,
    occurrences: occurrences.held,
    occurrencesTaken: occurrences.taken,
    total: rowOf('total', 'total', null, facts),
    byResident: groupRows(facts, (fact) => ({ id: fact.residentId, label: residentSheetName({ firstName: fact.residentFirstName, lastName: fact.residentLastName, preferredName: fact.residentPreferredName }), colour: null })),
    bySeries: groupRows(facts, (fact) => ({ id: fact.sessionId, label: fact.seriesTitle, colour: fact.colour })),
    byActivityType: groupRows(facts, (fact) => ({ id: fact.activityTypeId, label: fact.activityName, colour: fact.colour })),
  };
}

function groupRows(facts: MarkFact[], keyOf: (fact: MarkFact) => { id: string; label: string; colour: string | null }): ParticipationRow[] {
  const groups = new Map<string, { key: ReturnType<typeof keyOf>; facts: MarkFact[] }>();
  for (const fact of facts) {
    const key = keyOf(fact);
    const group = groups.get(key.id) ?? { key, facts: [] };
    group.facts.push(fact);
    groups.set(key.id, group);
  }
  return [...groups.values()].map(({ key, facts: marks }) => rowOf(key.id, key.label, key.colour, marks)).sort(byLabel);
}

function rowOf(id: string, label: string, colour: string | null, facts: MarkFact[]): ParticipationRow {
  const counts = Object.fromEntries(ATTENDANCE_STATUSES.map((status) => [status, facts.filter((fact) => fact.status === status).length])) as Record<AttendanceStatus, number>;
  const engagement = engagementCounts(facts.map((fact) => fact.engagement));
  return { id, label, colour, counts, rate: rateOf(facts.map((fact) => fact.status)).rate, engagement, engagementAverage: engagementAverage(engagement) };
}

/** Stable, language-neutral columns: one line per resident, series and activity type. */
const COLUMNS = ['grouping', 'id', 'name', 'present', 'late', 'left_early', 'excused', 'absent', 'attendance_rate', 'declined', 'observed', 'took_part', 'fully_engaged', 'engagement_average'] as const;

export function participationCsv(report: ParticipationReport): { csv: string; rows: number } {
  const lines = (grouping: string, rows: ParticipationRow[]) =>
    rows.map((row) => [
      grouping,
      row.id,
      row.label,
      row.counts.present,
      row.counts.late,
      row.counts.leftEarly,
      row.counts.excused,
      row.counts.absent,
      row.rate === null ? '' : row.rate.toFixed(3),
      row.engagement.declined,
      row.engagement.observed,
      row.engagement.tookPart,
      row.engagement.fullyEngaged,
      row.engagementAverage === null ? '' : row.engagementAverage.toFixed(2),
    ]);
  const rows = [...lines('resident', report.byResident), ...lines('series', report.bySeries), ...lines('activity_type', report.byActivityType)];
  return { csv: formulaSafeCsv(COLUMNS, rows), rows: rows.length };
}
