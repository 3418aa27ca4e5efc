import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { admitResidentInput, type ResidentSummary } from '../../../shared/contract/residents';
import type { AppError } from '../../../shared/errors';
import { call } from '../../app/backend';
import { ErrorAlert } from '../../app/errors';
import { useCentreTime } from '../../app/useCentreTime';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';
import { notifySuccess } from '../../app/notify';
import { PageHeader } from '../../app/PageHeader';
import { useHearthMutation } from '../../app/queries';
import { UnsavedChangesPrompt } from '../../app/UnsavedChangesPrompt';
import { useNavigate } from '@tanstack/react-router';
import { DuplicateWarning, duplicatesFromDetails } from './DuplicateWarning';
import { ResidentDetailsFields } from './ResidentDetailsFields';
import { asChosen, EMPTY_RESIDENT_DETAILS, type ResidentDetailsValues } from './residentForm';
import { DateField } from '../../app/DateField';

type AdmitValues = ResidentDetailsValues & { admissionDate: string };

/**
 * Admission. Before creating, the register is searched for the same name and birth date: a
 * possible second record of one person is shown, and staff confirm it is someone else.
 */
export function AdmitResidentPage() {
  const centre = useCentreTime();
  const { t } = useTranslation();
  const [duplicates, setDuplicates] = useState<ResidentSummary[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const admitResident = useHearthMutation('residents.admit');
  const form = useContractForm<AdmitValues>(
    admitResidentInput,
    { ...EMPTY_RESIDENT_DETAILS, admissionDate: centre.today() },
    {
      // A changed name or birth date makes the earlier matches stale.
      onValuesChange: (next, previous) => {
        if (next.firstName !== previous.firstName || next.lastName !== previous.lastName || next.dateOfBirth !== previous.dateOfBirth) setDuplicates(null);
      },
    },
  );

  async function admit(values: AdmitValues, confirmNotDuplicate: boolean) {
    setError(null);
    setBusy(true);
    try {
      if (!confirmNotDuplicate) {
        const found = await call('residents.findDuplicates', { firstName: values.firstName, lastName: values.lastName, dateOfBirth: values.dateOfBirth });
        if (found.ok && found.value.length > 0) return setDuplicates(found.value);
      }
      const result = await admitResident.run( { ...asChosen(values), confirmNotDuplicate });
      if (result.ok) {
        notifySuccess(t('residents.admit.done'));
        void navigate({ to: '/residents/$id', params: { id: result.value.id }, ignoreBlocker: true });
        return;
      }
      const matches = result.error.code === 'conflict' ? duplicatesFromDetails(result.error.details) : null;
      if (matches && matches.length > 0) setDuplicates(matches);
      else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
    } finally {
      setBusy(false);
    }
  }

  function admitAnyway() {
    if (form.validate().hasErrors) return;
    void admit(form.getValues(), true);
  }

  return (
    <>
      <PageHeader title={t('residents.admit.title')} />
      <UnsavedChangesPrompt when={form.isDirty()} />
      <form onSubmit={form.onSubmit((values) => admit(values, false))} noValidate>
        <ResidentDetailsFields
          form={form}
          extra={<DateField label={t('residents.fields.admissionDate')} required {...form.getInputProps('admissionDate')} />}
        />
        {duplicates && duplicates.length > 0 && <DuplicateWarning duplicates={duplicates} onConfirm={admitAnyway} confirming={busy} />}
        <ErrorAlert error={error} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => void navigate({ to: '/residents' })}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy && !duplicates}>
            {t('residents.admit.submit')}
          </Button>
        </Group>
      </form>
    </>
  );
}
