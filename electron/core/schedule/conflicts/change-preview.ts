import type { DataSource, EntityManager } from 'typeorm';
import type { ParsedInputOf } from '../../../../shared/contract';
import type { ChangePreview } from '../../../../shared/contract/schedule';
import { toInstant, type Clock } from '../../clock';
import { DomainError } from '../../errors';
import type { SettingsService } from '../../settings/settings-service';
import { StaffMemberEntity } from '../../staff/staff-member.entity';
import { ResourceEntity } from '../catalogue/resource.entity';
import { loadOccurrence, occurrenceProposal, planNewSession, planSeriesUpdate } from '../sessions/change-plans';
import { readOccurrenceBookings } from '../sessions/bookings';
import { extendMaterialisation } from '../sessions/materialise';
import { OccurrenceEntity } from '../sessions/occurrence.entity';
import { timingOfSlot } from '../sessions/occurrence-timing';
import { bookingsOf } from '../sessions/session-rows';
import { checkConflicts, type CheckOptions, type ProposedOccurrence } from './conflict-check';

type PreviewInput = ParsedInputOf<'schedule.previewChange'>;

/**
 * `schedule.previewChange`: the one conflict check's answer for a change before it is saved, from
 * the same plans the writes use. For an availability change (a horse out of service, a staff
 * absence) it lists the existing future occurrences that would then clash. Runs in a transaction
 * only because looking ahead may materialise series further (derived rows); it saves no change.
 */
export class ChangePreviewer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  preview(input: PreviewInput): Promise<ChangePreview> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const { proposals, options } = await this.proposalsOf(manager, input, now);
      return checkConflicts(manager, proposals, options);
    });
  }

  private async proposalsOf(manager: EntityManager, input: PreviewInput, now: Date): Promise<{ proposals: ProposedOccurrence[]; options: CheckOptions }> {
    const settings = await this.settings.get(manager);
    switch (input.kind) {
      case 'createSession':
        return { proposals: (await planNewSession(manager, input.draft, settings, now)).proposals, options: {} };
      case 'updateSeries': {
        const plan = await planSeriesUpdate(manager, input, settings, now);
        return { proposals: plan.proposals, options: { replacedIds: plan.deletes.map((o) => o.id) } };
      }
      case 'updateOccurrence': {
        const loaded = await loadOccurrence(manager, input.occurrenceId, input.expectedVersion);
        const timing = timingOfSlot(`${input.date}T${input.startTime}`, settings.timeZone, input.durationMinutes);
        return { proposals: [occurrenceProposal(loaded, { title: input.title, locationId: input.locationId, capacity: input.capacity, timing, bookings: bookingsOf(input) })], options: {} };
      }
      case 'moveOccurrence': {
        const loaded = await loadOccurrence(manager, input.occurrenceId, input.expectedVersion);
        return { proposals: [occurrenceProposal(loaded, { timing: timingOfSlot(`${input.date}T${input.startTime}`, settings.timeZone, input.durationMinutes) })], options: {} };
      }
      case 'restoreOccurrence':
        return { proposals: [occurrenceProposal(await loadOccurrence(manager, input.occurrenceId, input.expectedVersion), {})], options: {} };
      case 'resourceOutOfService': {
        if (!(await manager.existsBy(ResourceEntity, { id: input.resourceId }))) throw recordMissing();
        const proposals = await this.futureBookings(manager, 'occurrence_resources', 'resource_id', input.resourceId, input, toInstant(now));
        return { proposals, options: { hypothetical: { outOfService: [{ resourceId: input.resourceId, startsOn: input.startsOn, endsOn: input.endsOn, reason: null }] } } };
      }
      case 'staffAbsence': {
        if (!(await manager.existsBy(StaffMemberEntity, { id: input.staffId }))) throw recordMissing();
        const proposals = await this.futureBookings(manager, 'occurrence_facilitators', 'staff_id', input.staffId, input, toInstant(now));
        return { proposals, options: { hypothetical: { absences: [{ staffId: input.staffId, startsOn: input.startsOn, endsOn: input.endsOn, kind: null }] } } };
      }
    }
  }

  /**
   * The scheduled occurrences from now on that book `subjectId` within the period, each proposed
   * as it stands: checked again with the period added, they show what the period would break.
   */
  private async futureBookings(
    manager: EntityManager,
    linkTable: 'occurrence_resources' | 'occurrence_facilitators',
    subjectColumn: 'resource_id' | 'staff_id',
    subjectId: string,
    period: { startsOn: string; endsOn: string },
    now: string,
  ): Promise<ProposedOccurrence[]> {
    if (period.endsOn < period.startsOn) return [];
    await extendMaterialisation(manager, period.endsOn, now);
    const occurrences = await manager
      .createQueryBuilder(OccurrenceEntity, 'o')
      .innerJoinAndSelect('o.session', 's')
      .where("o.status = 'scheduled'")
      .andWhere('o.localDate BETWEEN :startsOn AND :endsOn', period)
      .andWhere('o.startsAt >= :now', { now })
      .andWhere(`EXISTS (SELECT 1 FROM ${linkTable} x WHERE x.occurrence_id = o.id AND x.${subjectColumn} = :subjectId)`, { subjectId })
      .getMany();
    const bookings = await readOccurrenceBookings(manager, occurrences.map((o) => o.id));
    return occurrences.map((occurrence) =>
      occurrenceProposal({ occurrence, session: occurrence.session as NonNullable<typeof occurrence.session>, bookings: bookings.get(occurrence.id) ?? { facilitatorIds: [], participantIds: [], resourceIds: [] } }, {}),
    );
  }
}

const recordMissing = () => new DomainError('not_found', 'problems.scheduleRecordMissing', 'A person, place, activity or resource this booking names does not exist.');
