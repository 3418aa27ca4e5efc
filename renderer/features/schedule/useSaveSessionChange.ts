import type { PreviewChangeInput } from '../../../shared/contract/schedule';
import type { AppError } from '../../../shared/errors';
import { useHearthMutation } from '../../app/queries';

/** Saves a checked session change with the write it stands for; the core checks it again inside its transaction. */
export function useSaveSessionChange() {
  const create = useHearthMutation('sessions.create');
  const updateSeries = useHearthMutation('sessions.updateSeries');
  const updateOccurrence = useHearthMutation('occurrences.update');

  async function save(change: PreviewChangeInput, capacityOverrideReason: string | null): Promise<AppError | null> {
    const result =
      change.kind === 'createSession'
        ? await create.run({ draft: change.draft, capacityOverrideReason })
        : change.kind === 'updateSeries'
          ? await updateSeries.run({ sessionId: change.sessionId, expectedVersion: change.expectedVersion, fromOccurrenceId: change.fromOccurrenceId, draft: change.draft, capacityOverrideReason })
          : change.kind === 'updateOccurrence'
            ? await updateOccurrence.run({ ...withoutKind(change), capacityOverrideReason })
            : null;
    if (result === null) throw new Error(`Not a session change: ${change.kind}`);
    return result.ok ? null : result.error;
  }

  return { save, pending: create.pending || updateSeries.pending || updateOccurrence.pending };
}

function withoutKind<T extends { kind: string }>({ kind: _kind, ...rest }: T): Omit<T, 'kind'> {
  return rest;
}
