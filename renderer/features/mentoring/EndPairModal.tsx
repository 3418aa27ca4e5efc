import { Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringPairDetail } from '../../../shared/contract/mentoring';
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

export function EndPairModal({ pair, onClose }: { pair: MentoringPairDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const end = useHearthMutation('mentoring.endPair');
  const [error, setError] = useState<AppError | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { endsOn: centre.today(), reason: '' },
    enhanceGetInputProps: ({ inputProps }) => (typeof inputProps.error === 'string' ? { error: translateMessageKey(t, inputProps.error, inputProps.error) } : undefined),
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await end.run({ id: pair.id, expectedVersion: pair.version, ...values });
    if (!result.ok) {
      if (!applyServerFieldErrors(form, result.error)) setError(result.error);
      return;
    }
    notifySuccess(t('mentoring.end.done'));
    onClose();
  });

  return (
    <AppModal opened onClose={onClose} unsavedChanges={form.isDirty()} title={t('mentoring.end.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <DateField label={t('mentoring.fields.endsOn')} required data-autofocus {...form.getInputProps('endsOn')} />
          <Textarea label={t('mentoring.fields.endReason')} required rows={3} {...form.getInputProps('reason')} />
          <ErrorAlert error={error} />
          <FormActions submitLabel={t('mentoring.end.submit')} submitting={end.pending} onCancel={onClose} danger />
        </Stack>
      </form>
    </AppModal>
  );
}
