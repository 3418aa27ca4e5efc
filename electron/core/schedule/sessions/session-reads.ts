import type { EntityManager } from 'typeorm';
import type { Session } from '../../../../shared/contract/schedule';
import { readSessionBookings, type Bookings } from './bookings';
import { recurrenceOf, ruleWithStart } from './recurrence';
import { SessionEntity } from './session.entity';

/** A session as the contract shows it: its draft (what the form edits) and its stored rule. */
export function toSession(session: SessionEntity, bookings: Bookings): Session {
  return {
    id: session.id,
    version: session.version,
    draft: {
      activityTypeId: session.activityTypeId,
      title: session.title,
      locationId: session.locationId,
      resourceIds: [...bookings.resourceIds].sort(),
      facilitatorIds: [...bookings.facilitatorIds].sort(),
      participantIds: [...bookings.participantIds].sort(),
      groupId: session.groupId,
      capacity: session.capacity,
      startDate: session.startLocal.slice(0, 10),
      startTime: session.startLocal.slice(11, 16),
      durationMinutes: session.durationMinutes,
      recurrence: session.rule ? recurrenceOf(session.rule) : null,
    },
    timeZone: session.timeZone,
    rule: ruleWithStart(session.startLocal, session.timeZone, session.rule),
    splitFromSessionId: session.splitFromSessionId,
    capacityOverrideReason: session.capacityOverrideReason,
  };
}

/** One session, or null when there is no such row. */
export async function readSession(manager: EntityManager, id: string): Promise<Session | null> {
  const session = await manager.findOneBy(SessionEntity, { id });
  if (!session) return null;
  const bookings = await readSessionBookings(manager, [id]);
  return toSession(session, bookings.get(id) ?? { facilitatorIds: [], participantIds: [], resourceIds: [] });
}
