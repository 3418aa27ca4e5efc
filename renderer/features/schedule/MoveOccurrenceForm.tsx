import { NumberInput, Stack } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { moveOccurrenceInput, type ScheduledOccurrence } from '../../../shared/contract/schedule';
import { DateField } from '../../app/DateField';
import { FormActions } from '../../app/FormActions';
import { useContractForm } from '../../app/forms';
import { notifyError, notifySuccess } from '../../app/notify';
import { useHearthMutation } from '../../app/queries';
import { useSession } from '../../app/session';
import { occurrenceTime } from './occurrenceTime';
import { PreviewAnswer } from './PreviewAnswer';
import { useCheckedChange } from './useCheckedChange';

type MoveValues = { occurrenceId: string; expectedVersion: number; date: string; startTime: string; durationMinutes: number; capacityOverrideReason: null };

/** The keyboard way to do what dragging does: a new date, start time and length, checked before moving. */
export function MoveOccurrenceForm({ occurrence, onDone, onCancel }: { occurrence: ScheduledOccurrence; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const move = useHearthMutation('occurrences.move');
  const checked = useCheckedChange();
  const form = useContractForm<MoveValues>(moveOccurrenceInput, { occurrenceId: occurrence.id, expectedVersion: occurrence.version, ...occurrenceTime(occurrence, session.timeZone), capacityOverrideReason: null });
  const answer = checked.answerFor({ kind: 'moveOccurrence', ...form.values });

  const submit = form.onSubmit(async (values) => {
    if (!answer) return void (await checked.check({ kind: 'moveOccurrence', ...values }));
    if (!checked.maySave(answer)) return;
    const result = await move.run({ ...values, capacityOverrideReason: checked.overrideReason(answer) });
    if (!result.ok) return notifyError(t, result.error);
    notifySuccess(t('schedule.move.done', { title: result.value.title }));
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('schedule.move.title')}>
      <Stack>
        <DateField label={t('schedule.fields.date')} required data-autofocus {...form.getInputProps('date')} />
        <TimeInput label={t('schedule.fields.startTime')} required {...form.getInputProps('startTime')} />
        <NumberInput label={t('schedule.fields.durationMinutes')} required min={5} step={15} allowDecimal={false} allowNegative={false} {...form.getInputProps('durationMinutes')} />
        {answer && <PreviewAnswer preview={answer} reason={checked.reason} onReasonChange={checked.setReason} />}
        <FormActions submitLabel={answer ? t('schedule.move.submit') : t('schedule.check.submit')} submitting={move.pending} onCancel={onCancel} disabled={answer !== null && !checked.maySave(answer)} />
      </Stack>
    </form>
  );
}
