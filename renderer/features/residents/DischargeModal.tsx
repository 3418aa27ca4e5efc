import { NativeSelect, Stack, Textarea } from '@mantine/core';
import { FormActions } from '../../app/FormActions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCHARGE_REASONS, dischargeResidentInput, type DischargeReason } from '../../../shared/contract/residents';
import type { AppError } from '../../../shared/errors';
import { AppModal } from '../../app/AppModal';
import { useHearthMutation } from '../../app/queries';
import { ErrorAlert } from '../../app/errors';
import { useCentreTime } from '../../app/useCentreTime';
import { settleStatusChange, type StatusChangeModalProps } from './statusChangeModal';
import { useContractForm } from '../../app/forms';
import { DateField } from '../../app/DateField';

type DischargeValues = { id: string; expectedVersion: number; dischargeDate: string; reason: DischargeReason | ''; note: string };

export function DischargeModal({ resident, opened, onClose, onDone, onConflict }: StatusChangeModalProps) {
  const centre = useCentreTime();
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const change = useHearthMutation('residents.discharge');
  const form = useContractForm<DischargeValues>(dischargeResidentInput, { id: resident.id, expectedVersion: resident.version, dischargeDate: centre.today(), reason: '', note: '' });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    // The version of the record the page shows: a discharge made from an outdated page is refused.
    const result = await change.run({ ...values, expectedVersion: resident.version, reason: values.reason as DischargeReason });
    settleStatusChange(result, form, { onDone, onConflict }, setError);
  });

  return (
    <AppModal opened={opened} onClose={onClose} unsavedChanges={form.isDirty()} title={t('residents.discharge.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <DateField label={t('residents.fields.dischargeDate')} required data-autofocus {...form.getInputProps('dischargeDate')} />
          <NativeSelect
            label={t('residents.fields.reason')}
            required
            data={[
              { value: '', label: t('common.choose'), disabled: true },
              ...DISCHARGE_REASONS.map((reason) => ({ value: reason, label: t(`residents.dischargeReason.${reason}`) })),
            ]}
            {...form.getInputProps('reason')}
          />
          <Textarea label={t('residents.fields.note')} description={t('residents.discharge.noteHint')} rows={4} {...form.getInputProps('note')} />
          <ErrorAlert error={error} />
          <FormActions submitLabel={t('residents.discharge.submit')} submitting={form.submitting} onCancel={onClose} danger />
        </Stack>
      </form>
    </AppModal>
  );
}
