import type { DataSource, EntityManager } from 'typeorm';
import type { ParsedInputOf } from '../../../../shared/contract';
import type { ScheduledOccurrence } from '../../../../shared/contract/schedule';
import { appendAudit } from '../../audit/audit-log';
import { toInstant, type Clock } from '../../clock';
import type { Actor } from '../../context';
import { updateWithVersion } from '../../persistence/versioned-update';
import { DomainError } from '../../errors';
import type { SettingsService } from '../../settings/settings-service';
import { checkConflicts } from '../conflicts/conflict-check';
import { acceptedCapacityOverride } from '../conflicts/conflict-refusal';
import { loadOccurrence, occurrenceProposal, type LoadedOccurrence } from './change-plans';
import { replaceBookings } from './bookings';
import { readOccurrence } from './occurrence-reads';
import { timingOfSlot } from './occurrence-timing';
import { OccurrenceEntity } from './occurrence.entity';
import { bookingsOf } from './session-rows';

type OccurrenceChange = (manager: EntityManager, loaded: LoadedOccurrence) => Promise<{ changes: Partial<OccurrenceEntity>; details: Record<string, unknown> }>;

/**
 * One occurrence changed on its own: it becomes an exception of its series (a series edit then
 * leaves it as it is). Each write is one transaction with its audit row; every booking change goes
 * through the one conflict check first.
 */
export class OccurrencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  async update(input: ParsedInputOf<'occurrences.update'>, actor: Actor): Promise<ScheduledOccurrence> {
    return this.write(input, actor, async (manager, loaded) => {
      const { timeZone } = await this.settings.get(manager);
      const bookings = bookingsOf(input);
      const proposal = occurrenceProposal(loaded, { title: input.title, locationId: input.locationId, capacity: input.capacity, timing: timingOfSlot(`${input.date}T${input.startTime}`, timeZone, input.durationMinutes), bookings });
      const override = acceptedCapacityOverride(await checkConflicts(manager, [proposal]), input.capacityOverrideReason, actor);
      await replaceBookings(manager, [loaded.occurrence.id], bookings);
      return {
        changes: { title: proposal.title, startsAt: proposal.startsAt, endsAt: proposal.endsAt, localDate: proposal.localDate, locationId: proposal.locationId, capacity: proposal.capacity, isException: true, capacityOverrideReason: override },
        details: { startsAt: proposal.startsAt, endsAt: proposal.endsAt, locationId: proposal.locationId, facilitators: bookings.facilitatorIds.length, participants: bookings.participantIds.length, resources: bookings.resourceIds.length, capacityOverrideReason: override },
      };
    });
  }

  /** A drag, a resize or their undo: only the time changes. */
  async move(input: ParsedInputOf<'occurrences.move'>, actor: Actor): Promise<ScheduledOccurrence> {
    return this.write(input, actor, async (manager, loaded) => {
      const { timeZone } = await this.settings.get(manager);
      const proposal = occurrenceProposal(loaded, { timing: timingOfSlot(`${input.date}T${input.startTime}`, timeZone, input.durationMinutes) });
      const override = acceptedCapacityOverride(await checkConflicts(manager, [proposal]), input.capacityOverrideReason, actor);
      return {
        changes: { startsAt: proposal.startsAt, endsAt: proposal.endsAt, localDate: proposal.localDate, isException: true, capacityOverrideReason: override ?? loaded.occurrence.capacityOverrideReason },
        details: { from: [loaded.occurrence.startsAt, loaded.occurrence.endsAt], to: [proposal.startsAt, proposal.endsAt], capacityOverrideReason: override },
      };
    });
  }

  /** Cancelled with a reason: it stays in the schedule (shown as cancelled) and clashes with nothing. */
  async cancel(input: ParsedInputOf<'occurrences.cancel'>, actor: Actor): Promise<ScheduledOccurrence> {
    return this.dataSource.transaction((manager) => this.cancelIn(manager, input, actor));
  }

  /** The cancel inside the caller's transaction (the demo centre's cancelled session). */
  async cancelIn(manager: EntityManager, input: ParsedInputOf<'occurrences.cancel'>, actor: Actor | null): Promise<ScheduledOccurrence> {
    return this.writeIn(manager, input, actor, (_manager, loaded) => {
      if (loaded.occurrence.status === 'cancelled') throw new DomainError('conflict', 'problems.occurrenceAlreadyCancelled', 'This occurrence is already cancelled.');
      return Promise.resolve({ changes: { status: 'cancelled', cancelReason: input.reason, isException: true }, details: { status: ['scheduled', 'cancelled'], reason: input.reason } });
    });
  }

  /** Back to scheduled, through the conflict check like any booking (its slot may have been taken since). */
  async restore(input: ParsedInputOf<'occurrences.restore'>, actor: Actor): Promise<ScheduledOccurrence> {
    return this.write(input, actor, async (manager, loaded) => {
      if (loaded.occurrence.status !== 'cancelled') throw new DomainError('conflict', 'problems.occurrenceNotCancelled', 'This occurrence is not cancelled.');
      const override = acceptedCapacityOverride(await checkConflicts(manager, [occurrenceProposal(loaded, {})]), input.capacityOverrideReason, actor);
      return {
        changes: { status: 'scheduled', cancelReason: null, capacityOverrideReason: override ?? loaded.occurrence.capacityOverrideReason },
        details: { status: ['cancelled', 'scheduled'], capacityOverrideReason: override },
      };
    });
  }

  /** The one transaction of an occurrence's change: load and version check, the change's own work, the versioned update, the audit row. */
  private async write(input: { occurrenceId: string; expectedVersion: number }, actor: Actor, change: OccurrenceChange): Promise<ScheduledOccurrence> {
    return this.dataSource.transaction((manager) => this.writeIn(manager, input, actor, change));
  }

  private async writeIn(manager: EntityManager, input: { occurrenceId: string; expectedVersion: number }, actor: Actor | null, change: OccurrenceChange): Promise<ScheduledOccurrence> {
    const at = toInstant(this.clock.now());
    const loaded = await loadOccurrence(manager, input.occurrenceId, input.expectedVersion);
    const { changes, details } = await change(manager, loaded);
    await updateWithVersion(manager, OccurrenceEntity, input.occurrenceId, input.expectedVersion, { ...changes, updatedAt: at });
    await appendAudit(manager, at, { action: 'record.update', actor, entityType: 'occurrence', entityId: input.occurrenceId, details: { sessionId: loaded.session.id, ...details } });
    const occurrence = await readOccurrence(manager, input.occurrenceId);
    if (!occurrence) throw new Error('The occurrence just written is missing.');
    return occurrence;
  }
}
