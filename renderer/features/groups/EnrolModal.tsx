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
import { useAdmittedResidentOptions } from './usePeopleOptions';

/** Enrol an admitted resident from a date; the core puts them on the waitlist when there is no place for them. */
export function EnrolModal({ groupId, onClose }: { groupId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const residents = useAdmittedResidentOptions();
  const enrol = useHearthMutation('groups.enrol');
  const [error, setError] = useState<AppError | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { residentId: '', joinedOn: centre.today() },
    validate: { residentId: (value: string) => (value ? null : 'validation.choose') },
    enhanceGetInputProps: ({ inputProps }) => (typeof inputProps.error === 'string' ? { error: translateMessageKey(t, inputProps.error, inputProps.error) } : undefined),
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await enrol.run({ groupId, ...values });
    if (!result.ok) {
      if (!applyServerFieldErrors(form, result.error)) setError(result.error);
      return;
    }
    notifySuccess(result.value.outcome === 'enrolled' ? t('groups.enrol.enrolled') : t('groups.enrol.waitlisted'));
    onClose();
  });

  return (
    <AppModal opened onClose={onClose} unsavedChanges={form.isDirty()} title={t('groups.enrol.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select label={t('groups.fields.resident')} description={t('groups.enrol.residentHint')} required searchable data={residents} {...form.getInputProps('residentId')} />
          <DateField label={t('groups.fields.joinedOn')} required {...form.getInputProps('joinedOn')} />
          <ErrorAlert error={error} />
          <FormActions submitLabel={t('groups.enrol.submit')} submitting={enrol.pending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
