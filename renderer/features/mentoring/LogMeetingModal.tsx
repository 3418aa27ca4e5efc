import { NumberInput, Stack, TagsInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { AppModal } from '../../app/AppModal';
import { DateField } from '../../app/DateField';
import { ErrorAlert } from '../../app/errors';
import { FormActions } from '../../app/FormActions';
import { applyServerFieldErrors } from '../../app/forms';
import { notifySuccess } from '../../app/notify';
import { useHearthMutation } from '../../app/queries';
import { useCentreTime } from '../../app/useCentreTime';
import { translateMessageKey } from '../../i18n/messageKeys';

export function LogMeetingModal({ pairId, onClose }: { pairId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const log = useHearthMutation('mentoring.logMeeting');
  const [error, setError] = useState<AppError | null>(null);
  const form = useForm<{ heldOn: string; durationMinutes: number | string; topics: string[]; privateNote: string }>({
    mode: 'controlled',
    initialValues: { heldOn: centre.today(), durationMinutes: 45, topics: [], privateNote: '' },
    enhanceGetInputProps: ({ inputProps }) => (typeof inputProps.error === 'string' ? { error: translateMessageKey(t, inputProps.error, inputProps.error) } : undefined),
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await log.run({ pairId, ...values, durationMinutes: Number(values.durationMinutes) });
    if (!result.ok) {
      if (!applyServerFieldErrors(form, result.error)) setError(result.error);
      return;
    }
    notifySuccess(t('mentoring.log.done'));
    onClose();
  });

  return (
    <AppModal opened onClose={onClose} unsavedChanges={form.isDirty()} title={t('mentoring.log.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <DateField label={t('mentoring.fields.heldOn')} required data-autofocus {...form.getInputProps('heldOn')} />
          <NumberInput label={t('mentoring.fields.duration')} required min={5} max={480} allowDecimal={false} {...form.getInputProps('durationMinutes')} />
          <TagsInput label={t('mentoring.fields.topics')} description={t('mentoring.fields.topicsHint')} maxTags={10} {...form.getInputProps('topics')} />
          <Textarea label={t('mentoring.fields.privateNote')} description={t('mentoring.fields.privateNoteHint')} rows={3} maxLength={500} {...form.getInputProps('privateNote')} />
          <ErrorAlert error={error} />
          <FormActions submitLabel={t('mentoring.log.submit')} submitting={log.pending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
