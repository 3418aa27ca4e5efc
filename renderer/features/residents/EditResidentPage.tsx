import { Button, Group } from '@mantine/core';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateResidentInput, type ResidentDetail } from '../../../shared/contract/residents';
import type { AppError } from '../../../shared/errors';
import { call } from '../../app/backend';
import { ErrorAlert } from '../../app/errors';
import { fullName } from '../../app/format';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';
import { notifySuccess } from '../../app/notify';
import { PageHeader } from '../../app/PageHeader';
import { SaveErrorAlert } from '../../app/SaveErrorAlert';
import { navigate } from '../../app/router';
import { useOpeningId } from '../../app/useOpeningId';
import { useOperation } from '../../app/useOperation';
import { ResidentDetailsFields } from './ResidentDetailsFields';
import { asChosen, detailsValuesOf, type ResidentDetailsValues } from './residentForm';

/** Edit a resident's details (status changes go through discharge and readmit). */
export function EditResidentPage({ id }: { id: string }) {
  const resident = useOperation('residents.get', { id, openingId: useOpeningId(id) });
  if (resident.error) return <ErrorAlert error={resident.error} />;
  if (!resident.value) return <LoadingIndicator />;
  // Keyed by version: after "Reload" the newer stored record starts a fresh form.
  return <EditResidentForm key={resident.value.version} resident={resident.value} onReload={resident.reload} />;
}

type EditValues = ResidentDetailsValues & { id: string; expectedVersion: number };

function EditResidentForm({ resident, onReload }: { resident: ResidentDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  // `expectedVersion` is the version this form was filled from: the core refuses the save if
  // someone changed the record since, instead of silently overwriting their change.
  const form = useContractForm<EditValues>(updateResidentInput, { id: resident.id, expectedVersion: resident.version, ...detailsValuesOf(resident) });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await call('residents.update', { ...asChosen(values), id: resident.id, expectedVersion: resident.version });
    if (result.ok) {
      notifySuccess(t('residents.edit.done'));
      navigate(`/residents/${resident.id}`);
    } else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
  });

  return (
    <>
      <PageHeader title={t('residents.edit.title', { name: fullName(resident) })} />
      <form onSubmit={submit} noValidate>
        <ResidentDetailsFields form={form} />
        <SaveErrorAlert error={error} onReload={onReload} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => navigate(`/residents/${resident.id}`)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('common.saveChanges')}
          </Button>
        </Group>
      </form>
    </>
  );
}
