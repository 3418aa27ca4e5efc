import type { z } from 'zod';
import type { sessionDraft } from '../../../../shared/contract/schedule';
import type { Bookings } from './bookings';
import { ruleOf } from './recurrence';
import type { SessionEntity } from './session.entity';

export type ParsedSessionDraft = z.output<typeof sessionDraft>;

/** The session columns a draft sets (wall times in `timeZone`, the rule in wall time). */
export function sessionColumnsOf(draft: ParsedSessionDraft, timeZone: string): Pick<SessionEntity, 'activityTypeId' | 'groupId' | 'title' | 'locationId' | 'capacity' | 'startLocal' | 'durationMinutes' | 'timeZone' | 'rule'> {
  return {
    activityTypeId: draft.activityTypeId,
    groupId: draft.groupId,
    title: draft.title,
    locationId: draft.locationId,
    capacity: draft.capacity,
    startLocal: `${draft.startDate}T${draft.startTime}`,
    durationMinutes: draft.durationMinutes,
    timeZone,
    rule: ruleOf(draft.recurrence),
  };
}

export function bookingsOf(draft: { facilitatorIds: string[]; participantIds: string[]; resourceIds: string[] }): Bookings {
  return { facilitatorIds: draft.facilitatorIds, participantIds: draft.participantIds, resourceIds: draft.resourceIds };
}
