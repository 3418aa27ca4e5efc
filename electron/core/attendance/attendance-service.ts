import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { ATTENDED_STATUSES, type addWalkInInput, type AttendanceSheet, type AttendanceStatus, type correctMarkInput, type EngagementLevel, type recordAttendanceInput, type SheetLock } from '../../../shared/contract/attendance';
import { todayIn } from '../../../shared/dates';
import { appendAudit, diffFields } from '../audit/audit-log';
import type { Actor } from '../context';
import { assertVersion, updateWithVersion } from '../persistence/versioned-update';
import { conflict, DomainError, notFound, staleRecord } from '../errors';
import { newId } from '../ids';
import { ResidentEntity } from '../residents/resident.entity';
import type { ScheduleDeps } from '../schedule/schedule-deps';
import { OccurrenceParticipantEntity } from '../schedule/sessions/occurrence-links.entity';
import { OccurrenceEntity } from '../schedule/sessions/occurrence.entity';
import { AttendanceMarkEntity } from './attendance-mark.entity';
import { assertMayOnOccurrence, mayOnOccurrence } from './attendance-scope';
import { buildSheet, loadOccurrence, rosterOf, type LoadedOccurrence } from './attendance-sheet';

type Parsed<S extends z.ZodType> = z.output<S>;

/** What a person sets on a mark. */
interface MarkValues {
  status: AttendanceStatus;
  reason: string | null;
  engagement: EngagementLevel | null;
}

const MARK_FIELDS = ['status', 'engagement', 'reason'] as const;

/**
 * Taking, correcting and reading attendance. Each write is one transaction: the scope check, the
 * marks, and one audit row per person whose mark is new or changed (an audit row names one
 * resident, so each person's trail shows their own marks and corrections, with the previous values).
 */
export class AttendanceService {
  constructor(private readonly deps: ScheduleDeps) {}

  async sheet(occurrenceId: string, actor: Actor): Promise<AttendanceSheet> {
    const manager = this.deps.dataSource.manager;
    await assertMayOnOccurrence(manager, actor, occurrenceId, 'read');
    return this.sheetIn(manager, await loadOccurrence(manager, occurrenceId), actor);
  }

  record(input: Parsed<typeof recordAttendanceInput>, actor: Actor): Promise<AttendanceSheet> {
    return this.deps.dataSource.transaction(async (manager) => this.sheetIn(manager, await this.recordIn(manager, input, actor), actor));
  }

  /** The marks of `attendance.record`, inside the caller's transaction (a returned sign-in sheet writes them too). */
  async recordIn(manager: EntityManager, input: Parsed<typeof recordAttendanceInput>, actor: Actor): Promise<LoadedOccurrence> {
    const loaded = await this.writableOccurrence(manager, input.occurrenceId, actor);
    const roster = await rosterOf(manager, input.occurrenceId);
    const now = this.deps.clock.now().toISOString();
    for (const mark of input.marks) {
      if (!roster.has(mark.residentId)) throw conflict('problems.attendance.notOnRoster', 'Someone on the sheet is not on this session’s roster: add them as a walk-in.');
      const existing = await manager.findOneBy(AttendanceMarkEntity, { occurrenceId: input.occurrenceId, residentId: mark.residentId });
      if (existing) {
        if (mark.expectedVersion === null) throw staleRecord(0, existing.version);
        await this.correctIn(manager, loaded, existing, mark.expectedVersion, mark, actor, now);
      } else {
        if (mark.expectedVersion !== null) throw staleRecord(mark.expectedVersion, 0);
        await this.createIn(manager, loaded, mark.residentId, mark, false, actor, now);
      }
    }
    return loaded;
  }

  /**
   * A walk-in is someone physically there: they join this occurrence's participants and get a
   * mark, without the schedule's conflict check (a clash elsewhere is now a fact to record, not a
   * booking to refuse). Only someone admitted on the occurrence's date can be one.
   */
  addWalkIn(input: Parsed<typeof addWalkInInput>, actor: Actor): Promise<AttendanceSheet> {
    return this.deps.dataSource.transaction(async (manager) => this.sheetIn(manager, await this.addWalkInIn(manager, input, actor), actor));
  }

  /** `attendance.addWalkIn` inside the caller's transaction. */
  async addWalkInIn(manager: EntityManager, input: Parsed<typeof addWalkInInput>, actor: Actor): Promise<LoadedOccurrence> {
    const loaded = await this.writableOccurrence(manager, input.occurrenceId, actor);
    const resident = await manager.findOneBy(ResidentEntity, { id: input.residentId });
    if (!resident) throw notFound('resident');
    const date = loaded.occurrence.localDate;
    const admittedThen = resident.admissionDate <= date && (resident.dischargeDate === null || resident.dischargeDate >= date);
    if (!admittedThen) throw conflict('problems.attendance.walkInNotAdmitted', 'Only a resident admitted on the day of the session can be added as a walk-in.');
    if ((await rosterOf(manager, input.occurrenceId)).has(input.residentId)) throw conflict('problems.attendance.alreadyOnRoster', 'This resident is already on the roster.');
    const now = this.deps.clock.now().toISOString();
    await manager.insert(OccurrenceParticipantEntity, { occurrenceId: input.occurrenceId, residentId: input.residentId });
    // The occurrence's roster changed: an edit made from an older copy of it must not drop the walk-in.
    await updateWithVersion(manager, OccurrenceEntity, input.occurrenceId, loaded.occurrence.version, { updatedAt: now });
    await this.createIn(manager, loaded, input.residentId, input, true, actor, now);
    return loaded;
  }

  correct(input: Parsed<typeof correctMarkInput>, actor: Actor): Promise<AttendanceSheet> {
    return this.deps.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(AttendanceMarkEntity, { id: input.markId });
      if (!existing) throw new DomainError('not_found', 'problems.attendance.markNotFound', 'This attendance mark was not found.');
      const loaded = await this.writableOccurrence(manager, existing.occurrenceId, actor);
      await this.correctIn(manager, loaded, existing, input.expectedVersion, input, actor, this.deps.clock.now().toISOString());
      return this.sheetIn(manager, loaded, actor);
    });
  }

  private async createIn(manager: EntityManager, loaded: LoadedOccurrence, residentId: string, values: MarkValues, walkIn: boolean, actor: Actor, now: string): Promise<void> {
    assertEngagementAllowed(loaded, values);
    const mark: AttendanceMarkEntity = { id: newId(), occurrenceId: loaded.occurrence.id, residentId, ...pick(values), walkIn, recordedAt: now, recordedByStaffId: actor.staffId, version: 1 };
    await manager.insert(AttendanceMarkEntity, mark);
    await appendAudit(manager, now, {
      action: 'record.create',
      actor,
      entityType: 'attendanceMark',
      entityId: mark.id,
      residentId,
      details: { occurrenceId: mark.occurrenceId, status: mark.status, engagement: mark.engagement, reason: mark.reason, walkIn },
    });
  }

  /** A changed mark is updated by its version and audited with { field: [previous, new] }; an unchanged one is left alone. */
  private async correctIn(manager: EntityManager, loaded: LoadedOccurrence, existing: AttendanceMarkEntity, expectedVersion: number, values: MarkValues, actor: Actor, now: string): Promise<void> {
    assertVersion(existing, expectedVersion);
    assertEngagementAllowed(loaded, values);
    const changes = diffFields(pick(existing), pick(values), MARK_FIELDS);
    if (Object.keys(changes).length === 0) return;
    await updateWithVersion(manager, AttendanceMarkEntity, existing.id, expectedVersion, { ...pick(values), recordedAt: now, recordedByStaffId: actor.staffId });
    await appendAudit(manager, now, {
      action: 'record.update',
      actor,
      entityType: 'attendanceMark',
      entityId: existing.id,
      residentId: existing.residentId,
      details: { occurrenceId: existing.occurrenceId, ...changes },
    });
  }

  /** The occurrence, if this person may record it now (scope, not cancelled, already begun on the centre's calendar). */
  async writableOccurrence(manager: EntityManager, occurrenceId: string, actor: Actor): Promise<LoadedOccurrence> {
    await assertMayOnOccurrence(manager, actor, occurrenceId, 'take');
    const loaded = await loadOccurrence(manager, occurrenceId);
    const lock = await this.timeLock(manager, loaded);
    if (lock === 'cancelled') throw conflict('problems.attendance.cancelled', 'This session was cancelled: it has no attendance.');
    if (lock === 'notYetHeld') throw conflict('problems.attendance.notYetHeld', 'This session is on a later day: attendance is taken on the day.');
    return loaded;
  }

  private async timeLock(manager: EntityManager, loaded: LoadedOccurrence): Promise<SheetLock | null> {
    if (loaded.occurrence.status === 'cancelled') return 'cancelled';
    const { timeZone } = await this.deps.settings.get(manager);
    return loaded.occurrence.localDate > todayIn(timeZone, this.deps.clock.now()) ? 'notYetHeld' : null;
  }

  private async sheetIn(manager: EntityManager, loaded: LoadedOccurrence, actor: Actor): Promise<AttendanceSheet> {
    const { timeZone } = await this.deps.settings.get(manager);
    const lock = (await this.timeLock(manager, loaded)) ?? ((await mayOnOccurrence(manager, actor, loaded.occurrence.id, 'take')) ? null : 'notYourOccurrence');
    return buildSheet(manager, loaded, timeZone, lock);
  }
}

const pick = (values: MarkValues): MarkValues => ({ status: values.status, reason: values.reason, engagement: values.engagement });

/** Engagement levels are for non-clinical activities, and for someone who was there. */
function assertEngagementAllowed(loaded: LoadedOccurrence, values: MarkValues): void {
  if (values.engagement === null) return;
  if (loaded.activityType.clinical) throw new DomainError('validation', 'problems.attendance.engagementClinical', 'An engagement level is recorded for non-clinical activities only.');
  if (!ATTENDED_STATUSES.includes(values.status)) throw new DomainError('validation', 'problems.attendance.engagementNeedsAttendance', 'An engagement level is recorded only for someone who came.');
}
