import type { PreviewChangeInput, SessionDraft } from '../../../shared/contract/schedule';
import type { SeriesContext, SessionFormTarget } from './sessionFormMode';

/**
 * The change the session form makes, as the conflict check is asked about it: a new session, a
 * series edit (whole, or from the opened occurrence on), or one occurrence on its own. The save
 * sends the same change with the manager's override reason, if any.
 */
export function sessionChange(target: SessionFormTarget, series: SeriesContext, draft: SessionDraft): PreviewChangeInput {
  if (target.kind === 'create') return { kind: 'createSession', draft, capacityOverrideReason: null };
  const { occurrence, scope } = target;
  if (scope === 'occurrence') {
    return {
      kind: 'updateOccurrence',
      occurrenceId: occurrence.id,
      expectedVersion: occurrence.version,
      title: draft.title ?? null,
      date: draft.startDate,
      startTime: draft.startTime,
      durationMinutes: draft.durationMinutes,
      locationId: draft.locationId,
      resourceIds: draft.resourceIds,
      facilitatorIds: draft.facilitatorIds,
      participantIds: draft.participantIds,
      capacity: draft.capacity,
      capacityOverrideReason: null,
    };
  }
  if (!series) throw new Error('A series edit needs its session');
  return { kind: 'updateSeries', sessionId: series.id, expectedVersion: series.version, fromOccurrenceId: scope === 'following' ? occurrence.id : null, draft, capacityOverrideReason: null };
}
