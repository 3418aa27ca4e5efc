import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangePreview, ScheduledOccurrence } from '../../../shared/contract/schedule';
import { notifyError } from '../../app/notify';
import { useHearthMutation } from '../../app/queries';
import { isClear, previewChange } from './previewChange';

export interface NewTime {
  date: string;
  startTime: string;
  durationMinutes: number;
}

/**
 * Moves one occurrence (a drag, a resize, or the Move dialog) through the conflict check: a change
 * it refuses is not sent and `onRefused` shows its answer, naming the clash. A move that happens
 * says so with "Undo", which moves it back (with the version the move returned).
 */
export function useMoveOccurrence(onRefused: (preview: ChangePreview) => void) {
  const { t } = useTranslation();
  const move = useHearthMutation('occurrences.move');
  const { run } = move;

  const moveTo = useCallback(
    async (occurrence: Pick<ScheduledOccurrence, 'id' | 'version'>, to: NewTime, capacityOverrideReason: string | null = null): Promise<ScheduledOccurrence | null> => {
      const input = { occurrenceId: occurrence.id, expectedVersion: occurrence.version, ...to, capacityOverrideReason };
      const checked = await previewChange({ kind: 'moveOccurrence', ...input });
      if (!checked.ok) {
        notifyError(t, checked.error);
        return null;
      }
      if (capacityOverrideReason === null ? !isClear(checked.value) : checked.value.blocksSaving) {
        onRefused(checked.value);
        return null;
      }
      const moved = await run(input);
      if (!moved.ok) {
        notifyError(t, moved.error);
        return null;
      }
      return moved.value;
    },
    [onRefused, run, t],
  );

  /** Moves, then offers to undo: the previous time goes back through the same check. */
  const moveWithUndo = useCallback(
    async (occurrence: ScheduledOccurrence, from: NewTime, to: NewTime) => {
      const moved = await moveTo(occurrence, to);
      if (!moved) return null;
      const id = `moved-${moved.id}-${moved.version}`;
      notifications.show({
        id,
        autoClose: 8000,
        closeButtonProps: { 'aria-label': t('common.close') },
        message: (
          <>
            {t('schedule.move.done', { title: moved.title })}{' '}
            <Button size="compact-sm" variant="default" ml="xs" onClick={() => {
              notifications.hide(id);
              void moveTo(moved, from);
            }}>
              {t('schedule.move.undo')}
            </Button>
          </>
        ),
      });
      return moved;
    },
    [moveTo, t],
  );

  return { moveTo, moveWithUndo, pending: move.pending };
}
