import { Select, Stack } from '@mantine/core';
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
import { usePairingOptions } from './usePickers';

export function CreatePairModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const options = usePairingOptions();
  const create = useHearthMutation('mentoring.createPair');
  const [error, setError] = useState<AppError | null>(null);
  const chosen = (value: string) => (value ? null : 'validation.choose');
  const form = useForm({
    mode: 'controlled',
    initialValues: { mentorStaffId: '', residentId: '', startsOn: centre.today() },
    validate: { mentorStaffId: chosen, residentId: chosen },
    enhanceGetInputProps: ({ inputProps }) => (typeof inputProps.error === 'string' ? { error: translateMessageKey(t, inputProps.error, inputProps.error) } : undefined),
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await create.run(values);
    if (!result.ok) {
      if (!applyServerFieldErrors(form, result.error)) setError(result.error);
      return;
    }
    notifySuccess(t('mentoring.create.done'));
    onCreated(result.value.id);
    onClose();
  });

  return (
    <AppModal opened onClose={onClose} unsavedChanges={form.isDirty()} title={t('mentoring.create.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select label={t('mentoring.fields.mentor')} required searchable data={options.mentors} {...form.getInputProps('mentorStaffId')} />
          <Select label={t('mentoring.fields.resident')} required searchable data={options.residents} {...form.getInputProps('residentId')} />
          <DateField label={t('mentoring.fields.startsOn')} required {...form.getInputProps('startsOn')} />
          <ErrorAlert error={error} />
          <FormActions submitLabel={t('mentoring.create.submit')} submitting={create.pending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
