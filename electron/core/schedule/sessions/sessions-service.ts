import { In, type DataSource, type EntityManager } from 'typeorm';
import type { ParsedInputOf } from '../../../../shared/contract';
import type { Session } from '../../../../shared/contract/schedule';
import { appendAudit } from '../../audit/audit-log';
import { toInstant, type Clock } from '../../clock';
import type { Actor } from '../../context';
import { updateWithVersion } from '../../persistence/versioned-update';
import type { SettingsService } from '../../settings/settings-service';
import { checkConflicts } from '../conflicts/conflict-check';
import { acceptedCapacityOverride } from '../conflicts/conflict-refusal';
import { planNewSession, planSeriesUpdate, type SeriesPlan } from './change-plans';
import { replaceBookings, writeSessionBookings } from './bookings';
import { insertOccurrences } from './materialise';
import { OccurrenceEntity } from './occurrence.entity';
import { enrolRosters } from './participants-sync';
import { toSession } from './session-reads';
import { SessionEntity } from './session.entity';

/**
 * Sessions and their series. Each write is one transaction: it plans the change, asks the one
 * conflict check (which refuses what blocks, before anything is written), then writes the session,
 * its occurrences and its audit row.
 */
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  async create(input: ParsedInputOf<'sessions.create'>, actor: Actor): Promise<Session> {
    return this.dataSource.transaction((manager) => this.createIn(manager, input, actor));
  }

  /** The create inside the caller's transaction (the demo centre's timetable), through the same conflict check. */
  async createIn(manager: EntityManager, input: ParsedInputOf<'sessions.create'>, actor: Actor | null): Promise<Session> {
    const now = this.clock.now();
    const at = toInstant(now);
    const plan = await planNewSession(manager, input.draft, await this.settings.get(manager), now);
    const override = acceptedCapacityOverride(await checkConflicts(manager, plan.proposals), input.capacityOverrideReason, actor);
    const session = plan.session;
    session.capacityOverrideReason = override;
    await manager.insert(SessionEntity, session);
    await writeSessionBookings(manager, session.id, plan.bookings);
    const occurrences = await insertOccurrences(manager, session, plan.bookings, plan.writes.map((w) => w.slot), at);
    await appendAudit(manager, at, {
      action: 'record.create',
      actor,
      entityType: 'session',
      entityId: session.id,
      details: { occurrences: occurrences.length, firstStartsAt: occurrences[0]?.startsAt ?? null, capacityOverrideReason: override },
    });
    return toSession(session, plan.bookings);
  }

  async updateSeries(input: ParsedInputOf<'sessions.updateSeries'>, actor: Actor): Promise<Session> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const at = toInstant(now);
      const plan = await planSeriesUpdate(manager, input, await this.settings.get(manager), now);
      const override = acceptedCapacityOverride(await checkConflicts(manager, plan.proposals, { replacedIds: plan.deletes.map((o) => o.id) }), input.capacityOverrideReason, actor);
      const session = plan.session;
      session.capacityOverrideReason = override;
      const split = session.id !== plan.original.id;
      if (split) {
        await updateWithVersion(manager, SessionEntity, plan.original.id, input.expectedVersion, { rule: plan.cutRule, updatedAt: at });
        await manager.insert(SessionEntity, session);
      } else {
        const { id: _id, version: _version, createdAt: _createdAt, ...columns } = session;
        session.version = await updateWithVersion(manager, SessionEntity, session.id, input.expectedVersion, columns);
      }
      await writeSessionBookings(manager, session.id, plan.bookings);
      await this.writeOccurrences(manager, plan, at);
      await appendAudit(manager, at, {
        action: 'record.update',
        actor,
        entityType: 'session',
        entityId: session.id,
        details: {
          fromOccurrenceId: input.fromOccurrenceId,
          splitFromSessionId: split ? plan.original.id : null,
          rewritten: plan.writes.filter((w) => w.existing).length,
          created: plan.writes.filter((w) => !w.existing).length,
          deleted: plan.deletes.length,
          kept: plan.kept,
          capacityOverrideReason: override,
        },
      });
      return toSession(session, plan.bookings);
    });
  }

  /** Rewrites in place (same ids), creates and deletes the plan's occurrences. */
  private async writeOccurrences(manager: EntityManager, plan: SeriesPlan, at: string): Promise<void> {
    const { session } = plan;
    const rewritten: string[] = [];
    for (const write of plan.writes) {
      if (!write.existing) continue;
      await updateWithVersion(manager, OccurrenceEntity, write.existing.id, write.existing.version, {
        sessionId: session.id,
        slotLocal: write.slot,
        ...write.timing,
        title: session.title,
        locationId: session.locationId,
        capacity: session.capacity,
        capacityOverrideReason: session.capacityOverrideReason,
        updatedAt: at,
      });
      rewritten.push(write.existing.id);
    }
    await replaceBookings(manager, rewritten, plan.bookings);
    await enrolRosters(manager, session.groupId, plan.writes.flatMap((w) => (w.existing ? [{ id: w.existing.id, localDate: w.timing.localDate }] : [])), plan.bookings);
    await insertOccurrences(manager, session, plan.bookings, plan.writes.filter((w) => !w.existing).map((w) => w.slot), at);
    const deleted = plan.deletes.map((o) => o.id);
    for (let start = 0; start < deleted.length; start += 400) await manager.delete(OccurrenceEntity, { id: In(deleted.slice(start, start + 400)) });
  }
}
