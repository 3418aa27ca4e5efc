import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduledOccurrence } from '../../../shared/contract/schedule';
import { notifyError, notifySuccess } from '../../app/notify';
import { useHearthMutation } from '../../app/queries';
import { PreviewAnswer } from './PreviewAnswer';
import { useCheckedChange } from './useCheckedChange';

/** Brings a cancelled occurrence back, through the conflict check like any booking. */
export function RestoreOccurrence({ occurrence, onDone, onCancel }: { occurrence: ScheduledOccurrence; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const restore = useHearthMutation('occurrences.restore');
  const checked = useCheckedChange();
  const change = { occurrenceId: occurrence.id, expectedVersion: occurrence.version, capacityOverrideReason: null };
  const answer = checked.answerFor({ kind: 'restoreOccurrence', ...change });

  async function submit() {
    if (!answer) return void (await checked.check({ kind: 'restoreOccurrence', ...change }));
    const result = await restore.run({ ...change, capacityOverrideReason: checked.overrideReason(answer) });
    if (!result.ok) return notifyError(t, result.error);
    notifySuccess(t('schedule.restore.done', { title: result.value.title }));
    onDone();
  }

  return (
    <Stack>
      {answer && <PreviewAnswer preview={answer} reason={checked.reason} onReasonChange={checked.setReason} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={restore.pending} disabled={answer !== null && !checked.maySave(answer)} data-autofocus>
          {answer ? t('schedule.restore.submit') : t('schedule.check.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
