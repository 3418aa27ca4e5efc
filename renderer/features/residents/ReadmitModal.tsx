import { NativeSelect, Stack, Textarea } from '@mantine/core';
import { FormActions } from '../../app/FormActions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAMS, readmitResidentInput, type Program } from '../../../shared/contract/residents';
import type { AppError } from '../../../shared/errors';
import { AppModal } from '../../app/AppModal';
import { useHearthMutation } from '../../app/queries';
import { ErrorAlert } from '../../app/errors';
import { useCentreTime } from '../../app/useCentreTime';
import { settleStatusChange, type StatusChangeModalProps } from './statusChangeModal';
import { useContractForm } from '../../app/forms';
import { DateField } from '../../app/DateField';

type ReadmitValues = { id: string; expectedVersion: number; admissionDate: string; program: Program; note: string };

export function ReadmitModal({ resident, opened, onClose, onDone, onConflict }: StatusChangeModalProps) {
  const centre = useCentreTime();
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const change = useHearthMutation('residents.readmit');
  const form = useContractForm<ReadmitValues>(readmitResidentInput, { id: resident.id, expectedVersion: resident.version, admissionDate: centre.today(), program: resident.program, note: '' });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    // The version of the record the page shows: a readmission made from an outdated page is refused.
    const result = await change.run({ ...values, expectedVersion: resident.version });
    settleStatusChange(result, form, { onDone, onConflict }, setError);
  });

  return (
    <AppModal opened={opened} onClose={onClose} unsavedChanges={form.isDirty()} title={t('residents.readmit.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <DateField label={t('residents.fields.admissionDate')} required data-autofocus {...form.getInputProps('admissionDate')} />
          <NativeSelect
            label={t('residents.fields.program')}
            required
            data={PROGRAMS.map((program) => ({ value: program, label: t(`residents.program.${program}`) }))}
            {...form.getInputProps('program')}
          />
          <Textarea label={t('residents.fields.note')} rows={4} {...form.getInputProps('note')} />
          <ErrorAlert error={error} />
          <FormActions submitLabel={t('residents.readmit.submit')} submitting={form.submitting} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
