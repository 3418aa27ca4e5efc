import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { FormActions } from '../../app/FormActions';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createStaffInput, updateStaffInput, type StaffMember } from '../../../shared/contract/staff';
import { ROLES, type Role } from '../../../shared/permissions';
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

type StaffValues = { firstName: string; lastName: string; roles: Role[]; email: string; phone: string };

/** Add a staff member (no id) or edit one. */
export function StaffFormPage({ id }: { id?: string }) {
  const member = useHearthQuery('staff.get', { id: id ?? '' }, { enabled: id !== undefined });
  if (id === undefined) return <StaffForm />;
  if (member.error) return <ErrorAlert error={member.error} />;
  if (!member.data) return <LoadingIndicator />;
  // Keyed by version: after "Reload" the newer stored record starts a fresh form.
  return <StaffForm key={member.data.version} member={member.data} onReload={member.refetch} />;
}

function StaffForm({ member, onReload }: { member?: StaffMember; onReload?: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const navigate = useNavigate();
  const update = useHearthMutation('staff.update');
  const create = useHearthMutation('staff.create');
  const initial: StaffValues = {
    firstName: member?.firstName ?? '',
    lastName: member?.lastName ?? '',
    roles: member?.roles ?? [],
    email: member?.email ?? '',
    phone: member?.phone ?? '',
  };
  // The edit schema also wants the id and the version the form was filled from (the core refuses
  // the save if someone changed the record since); the form holds them only when editing.
  const form = useContractForm<StaffValues & { id?: string; expectedVersion?: number }>(
    member ? updateStaffInput : createStaffInput,
    member ? { ...initial, id: member.id, expectedVersion: member.version } : initial,
  );

  const submit = form.onSubmit(async ({ id: _id, expectedVersion: _version, ...values }) => {
    setError(null);
    const result = member ? await update.run({ ...values, id: member.id, expectedVersion: member.version }) : await create.run(values);
    if (result.ok) {
      notifySuccess(member ? t('staff.saved') : t('staff.created'));
      void navigate({ to: '/staff', ignoreBlocker: true });
    } else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
  });

  return (
    <>
      <PageHeader title={member ? t('staff.editTitle', { name: fullName(member) }) : t('staff.add')} />
      <UnsavedChangesPrompt when={form.isDirty()} />
      <form onSubmit={submit} noValidate>
        <Stack maw={720}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('common.firstName')} required autoComplete="off" {...form.getInputProps('firstName')} />
            <TextInput label={t('common.lastName')} required autoComplete="off" {...form.getInputProps('lastName')} />
          </SimpleGrid>
          <Checkbox.Group label={t('staff.rolesLabel')} required {...form.getInputProps('roles')}>
            <Stack gap="xs" mt="xs">
              {ROLES.map((role) => (
                <Checkbox key={role} value={role} label={t(`staff.roles.${role}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="email" label={t('staff.email')} autoComplete="off" {...form.getInputProps('email')} />
            <TextInput type="tel" label={t('staff.phone')} autoComplete="off" {...form.getInputProps('phone')} />
          </SimpleGrid>
          {onReload ? <SaveErrorAlert error={error} onReload={onReload} /> : <ErrorAlert error={error} />}
          <FormActions submitLabel={member ? t('common.saveChanges') : t('staff.create')} submitting={form.submitting} onCancel={() => void navigate({ to: '/staff' })} />
        </Stack>
      </form>
    </>
  );
}
