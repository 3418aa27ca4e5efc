import type { FlaggedResident, ParticipationExport, ParticipationReport, ResidentAttendance } from '../../../shared/contract/attendance';
import { todayIn } from '../../../shared/dates';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../context';
import type { ScheduleDeps } from '../schedule/schedule-deps';
import { scopeOf } from './attendance-scope';
import { participationCsv, participationReport } from './participation-report';
import { flaggedResidents, residentAttendance } from './resident-attendance';

/** Rates, flags and participation reports, each within the reader's scope (all, or the occurrences they facilitate). */
export class AttendanceReportsService {
  constructor(private readonly deps: ScheduleDeps) {}

  async resident(residentId: string, actor: Actor): Promise<ResidentAttendance> {
    const manager = this.deps.dataSource.manager;
    const { timeZone } = await this.deps.settings.get(manager);
    return residentAttendance(manager, residentId, todayIn(timeZone, this.deps.clock.now()), scopeOf(actor, 'read'));
  }

  async flagged(actor: Actor): Promise<FlaggedResident[]> {
    const manager = this.deps.dataSource.manager;
    const { timeZone } = await this.deps.settings.get(manager);
    return flaggedResidents(manager, todayIn(timeZone, this.deps.clock.now()), scopeOf(actor, 'read'));
  }

  participation(period: { from: string; to: string }, actor: Actor): Promise<ParticipationReport> {
    return participationReport(this.deps.dataSource.manager, period, scopeOf(actor, 'read'));
  }

  /**
   * The report as a CSV file. Like the audit trail's export, it is itself an audit row in the same
   * transaction as the read: a list naming residents never leaves without a trace.
   */
  exportParticipation(period: { from: string; to: string }, actor: Actor): Promise<ParticipationExport> {
    const now = this.deps.clock.now().toISOString();
    return this.deps.dataSource.transaction(async (manager) => {
      const scope = scopeOf(actor, 'read');
      const { csv, rows } = participationCsv(await participationReport(manager, period, scope));
      const fileName = `hearth-participation-${period.from}-${period.to}.csv`;
      await appendAudit(manager, now, { action: 'record.export', actor, entityType: 'participationReport', details: { fileName, rows, from: period.from, to: period.to, scope: scope.kind } });
      return { fileName, csv, rows };
    });
  }
}
