import { Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cancelOccurrenceInput, type ScheduledOccurrence } from '../../../shared/contract/schedule';
import { FormActions } from '../../app/FormActions';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';
import { notifyError, notifySuccess } from '../../app/notify';
import { useHearthMutation } from '../../app/queries';

/** Cancels one occurrence with a reason (a lame horse, a flooded room); it stays on the calendar, struck through. */
export function CancelOccurrenceForm({ occurrence, onDone, onCancel }: { occurrence: ScheduledOccurrence; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const cancel = useHearthMutation('occurrences.cancel');
  const form = useContractForm(cancelOccurrenceInput, { occurrenceId: occurrence.id, expectedVersion: occurrence.version, reason: '' });
  const submit = form.onSubmit(async (values) => {
    const result = await cancel.run(values);
    if (!result.ok) return void (applyServerFieldErrors(form, result.error) || notifyError(t, result.error));
    notifySuccess(t('schedule.cancel.done', { title: result.value.title }));
    onDone();
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('schedule.cancel.title')}>
      <Stack>
        <Textarea label={t('schedule.cancel.reason')} required data-autofocus rows={3} {...form.getInputProps('reason')} />
        <FormActions submitLabel={t('schedule.cancel.submit')} submitting={cancel.pending} onCancel={onCancel} danger />
      </Stack>
    </form>
  );
}
