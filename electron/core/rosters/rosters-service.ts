import type { DataSource, EntityManager } from 'typeorm';
import type { ParsedInputOf } from '../../../shared/contract';
import { ROSTER_WEEK_STARTS_ON, type PrintRecorded, type RosterEntry, type RosterPrintBase, type RosterSection, type RosterWeek, type SignInSheet } from '../../../shared/contract/rosters';
import { addDays, weekStartOf } from '../../../shared/dates';
import { hasPermission } from '../../../shared/permissions';
import { appendAudit, auditHeadFingerprint } from '../audit/audit-log';
import { toInstant, type Clock } from '../clock';
import type { Actor } from '../context';
import { DomainError, notFound } from '../errors';
import { ResidentEntity } from '../residents/resident.entity';
import type { ScheduleDeps } from '../schedule/schedule-deps';
import { readOccurrence } from '../schedule/sessions/occurrence-reads';
import { occurrenceNotFound, ScheduleReads } from '../schedule/sessions/schedule-reads';
import type { SettingsService } from '../settings/settings-service';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { byGroup } from './group-sections';
import { byLastName, rosterEntriesOf } from './roster-entries';
import { byFacilitator, byResident, bySeries, wholeCentre, type ResidentForPrint } from './roster-sections';
import { sheetEntryOf } from './sign-in-sheet-entries';

/** Walk-in rows under a sign-in sheet's roster: the places left, at least 4 and at most 12. */
export function blankRowsFor(capacity: number, enrolled: number): number {
  return Math.min(12, Math.max(4, capacity - enrolled));
}

/** Like the groups' scoped reads, a session outside the person's scope answers like one that does not exist. */
const notYourSession = () => new DomainError('not_found', 'problems.rosterNotYourSession', 'You can print the sign-in sheets of the sessions you facilitate only.');

/** The data behind each print, and the audit row of each print. Reads only, apart from recordPrint. */
export class RostersService {
  private readonly dataSource: DataSource;
  private readonly clock: Clock;
  private readonly settings: SettingsService;
  private readonly schedule: ScheduleReads;

  constructor(deps: ScheduleDeps) {
    this.dataSource = deps.dataSource;
    this.clock = deps.clock;
    this.settings = deps.settings;
    this.schedule = new ScheduleReads(deps.dataSource, deps.clock, deps.settings);
  }

  async week(input: ParsedInputOf<'rosters.week'>, actor: Actor): Promise<RosterWeek> {
    const weekStart = weekStartOf(input.day ?? input.weekOf, ROSTER_WEEK_STARTS_ON);
    const weekEnd = addDays(weekStart, 6);
    const { from, to } = input.day ? { from: input.day, to: input.day } : { from: weekStart, to: weekEnd };
    const { timeZone, occurrences } = await this.schedule.range({
      from,
      to,
      activityTypeIds: input.kind === 'activity' && input.activityTypeId ? [input.activityTypeId] : [],
      facilitatorId: input.kind === 'facilitator' ? input.staffId : null,
      locationId: null,
      residentId: input.kind === 'resident' ? input.residentId : null,
      resourceId: null,
      groupId: input.kind === 'group' ? input.groupId : null,
      includeCancelled: true,
    });
    const manager = this.dataSource.manager;
    const entries = await rosterEntriesOf(manager, occurrences, timeZone);
    const base = await this.printBase(manager, actor);
    return { ...base, kind: input.kind, weekStart, weekEnd, day: input.day, sections: await this.sectionsOf(manager, input, entries, { weekStart, weekEnd, from, to }, base.centreName) };
  }

  async signInSheet(occurrenceId: string, actor: Actor): Promise<SignInSheet> {
    const manager = this.dataSource.manager;
    const occurrence = await this.schedule.occurrence(occurrenceId);
    const { timeZone } = await this.settings.get(manager);
    const [entry] = await rosterEntriesOf(manager, [occurrence], timeZone);
    assertMayPrintSheet(actor, entry);
    const roster = [...entry.residents].sort(byLastName);
    const entered = await sheetEntryOf(manager, occurrenceId);
    return { ...(await this.printBase(manager, actor)), kind: 'signInSheet', entered, entry, roster, blankRows: blankRowsFor(occurrence.capacity, roster.length) };
  }

  /** One `record.print` row, checked like the read it records (a facilitator: their own sheets only). */
  async recordPrint(input: ParsedInputOf<'rosters.recordPrint'>, actor: Actor): Promise<PrintRecorded> {
    return this.dataSource.transaction(async (manager) => {
      let residentId: string | null = null;
      if (input.kind === 'signInSheet') {
        const occurrence = await readOccurrence(manager, input.subjectId ?? '');
        if (!occurrence) throw occurrenceNotFound();
        const [entry] = await rosterEntriesOf(manager, [occurrence], (await this.settings.get(manager)).timeZone);
        assertMayPrintSheet(actor, entry);
      } else {
        if (!hasPermission(actor.roles, 'rosters.print')) throw new DomainError('forbidden', 'problems.forbidden', 'Your roles do not allow this.');
        if (input.kind === 'resident' && input.subjectId) {
          if (!(await manager.existsBy(ResidentEntity, { id: input.subjectId }))) throw notFound('resident');
          residentId = input.subjectId;
        }
      }
      const weekOf = input.weekOf ? weekStartOf(input.weekOf, ROSTER_WEEK_STARTS_ON) : null;
      const row = await appendAudit(manager, toInstant(this.clock.now()), {
        action: 'record.print',
        actor,
        entityType: 'roster',
        entityId: input.subjectId ?? undefined,
        residentId,
        details: { print: input.kind, week: weekOf, day: input.day, pages: input.pages, output: input.output },
      });
      return { seq: row.seq };
    });
  }

  private async printBase(manager: EntityManager, actor: Actor): Promise<RosterPrintBase> {
    const { timeZone, paperSize, centreName } = await this.settings.get(manager);
    return { centreName, timeZone, paperSize, printedAt: toInstant(this.clock.now()), printedBy: actor.displayName, auditFingerprint: await auditHeadFingerprint(manager) };
  }

  private async sectionsOf(manager: EntityManager, input: ParsedInputOf<'rosters.week'>, entries: RosterEntry[], period: { weekStart: string; weekEnd: string; from: string; to: string }, centreName: string): Promise<RosterSection[]> {
    const { weekStart, weekEnd } = period;
    switch (input.kind) {
      case 'activity':
        return bySeries(entries);
      case 'group':
        // Members as of the period printed: the week, or the one day it is narrowed to.
        return byGroup(manager, entries, input.groupId, period.from, period.to);
      case 'resident':
        return byResident(entries, await residentsForPrint(manager, input.residentId, weekStart, weekEnd));
      case 'facilitator': {
        if (!input.staffId) return byFacilitator(entries, null, null);
        const person = await manager.findOne(StaffMemberEntity, { select: { id: true, firstName: true, lastName: true }, where: { id: input.staffId } });
        if (!person) throw notFound('staff');
        return byFacilitator(entries, person.id, { id: person.id, firstName: person.firstName, lastName: person.lastName });
      }
      case 'centreWeek':
        return wholeCentre(entries, centreName);
    }
  }
}

/** Managers and scheduling staff print any sheet; anyone else only those of sessions they facilitate. */
function assertMayPrintSheet(actor: Actor, entry: RosterEntry): void {
  if (hasPermission(actor.roles, 'rosters.print')) return;
  if (!hasPermission(actor.roles, 'rosters.printSignInSheets') || !entry.facilitators.some((person) => person.id === actor.staffId)) throw notYourSession();
}

/** One resident, or every resident in residence at some point of the week, by last name. */
async function residentsForPrint(manager: EntityManager, residentId: string | null, weekStart: string, weekEnd: string): Promise<ResidentForPrint[]> {
  const query = manager.createQueryBuilder(ResidentEntity, 'r').select(['r.id', 'r.firstName', 'r.lastName', 'r.language']);
  if (residentId) query.where('r.id = :residentId', { residentId });
  else query.where('r.admissionDate <= :weekEnd', { weekEnd }).andWhere('(r.dischargeDate IS NULL OR r.dischargeDate >= :weekStart)', { weekStart });
  const rows = await query.getMany();
  if (residentId && rows.length === 0) throw notFound('resident');
  return rows.map((row) => ({ id: row.id, firstName: row.firstName, lastName: row.lastName, language: row.language })).sort(byLastName);
}
