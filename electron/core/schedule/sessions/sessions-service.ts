import type { DataSource } from 'typeorm';
import type { ParsedInputOf } from '../../../../shared/contract';
import type { Session } from '../../../../shared/contract/schedule';
import { todayIn } from '../../../../shared/dates';
import { appendAudit } from '../../audit/audit-log';
import { toInstant, type Clock } from '../../clock';
import type { Actor } from '../../context';
import { invalidField } from '../../errors';
import { newId } from '../../ids';
import type { SettingsService } from '../../settings/settings-service';
import { initialSlots, insertOccurrences, writeSessionBookings } from './materialise';
import { toSession } from './session-reads';
import { bookingsOf, sessionColumnsOf } from './session-rows';
import { SessionEntity } from './session.entity';

/** Sessions and their series: each write is one transaction with its occurrences and its audit row. */
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
  ) {}

  async create(input: ParsedInputOf<'sessions.create'>, actor: Actor): Promise<Session> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const at = toInstant(now);
      const settings = await this.settings.get(manager);
      const session = manager.create(SessionEntity, {
        id: newId(),
        ...sessionColumnsOf(input.draft, settings.timeZone),
        materialisedUntil: '',
        splitFromSessionId: null,
        capacityOverrideReason: null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      });
      const { slots, materialisedUntil } = initialSlots(session, input.draft.startDate, todayIn(settings.timeZone, now), settings.scheduleHorizonWeeks);
      if (slots.length === 0) throw invalidField('draft.recurrence', 'validation.noOccurrences');
      session.materialisedUntil = materialisedUntil;
      const bookings = bookingsOf(input.draft);
      await manager.insert(SessionEntity, session);
      await writeSessionBookings(manager, session.id, bookings);
      const occurrences = await insertOccurrences(manager, session, bookings, slots, at);
      await appendAudit(manager, at, {
        action: 'record.create',
        actor,
        entityType: 'session',
        entityId: session.id,
        details: { occurrences: occurrences.length, firstStartsAt: occurrences[0]?.startsAt ?? null, capacityOverrideReason: session.capacityOverrideReason },
      });
      return toSession(session, bookings);
    });
  }
}
