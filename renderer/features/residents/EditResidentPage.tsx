import { Button, Group } from '@mantine/core';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateResidentInput, type ResidentDetail } from '../../../shared/contract/residents';
import type { AppError } from '../../../shared/errors';
import { useNavigate } from '@tanstack/react-router';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { UnsavedChangesPrompt } from '../../app/UnsavedChangesPrompt';
import { ErrorAlert } from '../../app/errors';
import { fullName } from '../../app/format';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';
import { notifySuccess } from '../../app/notify';
import { PageHeader } from '../../app/PageHeader';
import { SaveErrorAlert } from '../../app/SaveErrorAlert';
import { useOpeningId } from '../../app/useOpeningId';
import { ResidentDetailsFields } from './ResidentDetailsFields';
import { asChosen, detailsValuesOf, type ResidentDetailsValues } from './residentForm';

/** Edit a resident's details (status changes go through discharge and readmit). */
export function EditResidentPage({ id }: { id: string }) {
  // The opening id is part of the query key: a refresh never counts as another opening.
  const resident = useHearthQuery('residents.get', { id, openingId: useOpeningId(id) });
  if (resident.error) return <ErrorAlert error={resident.error} />;
  if (!resident.data) return <LoadingIndicator />;
  // Keyed by version: after "Reload" the newer stored record starts a fresh form.
  return <EditResidentForm key={resident.data.version} resident={resident.data} onReload={resident.refetch} />;
}

type EditValues = ResidentDetailsValues & { id: string; expectedVersion: number };

function EditResidentForm({ resident, onReload }: { resident: ResidentDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const navigate = useNavigate();
  const update = useHearthMutation('residents.update');
  // `expectedVersion` is the version this form was filled from: the core refuses the save if
  // someone changed the record since, instead of silently overwriting their change.
  const form = useContractForm<EditValues>(updateResidentInput, { id: resident.id, expectedVersion: resident.version, ...detailsValuesOf(resident) });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await update.run({ ...asChosen(values), id: resident.id, expectedVersion: resident.version });
    if (result.ok) {
      notifySuccess(t('residents.edit.done'));
      void navigate({ to: '/residents/$id', params: { id: resident.id }, ignoreBlocker: true });
    } else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
  });

  return (
    <>
      <PageHeader title={t('residents.edit.title', { name: fullName(resident) })} />
      <UnsavedChangesPrompt when={form.isDirty()} />
      <form onSubmit={submit} noValidate>
        <ResidentDetailsFields form={form} />
        <SaveErrorAlert error={error} onReload={onReload} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => void navigate({ to: '/residents/$id', params: { id: resident.id } })}>
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
