import { NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { FormActions } from '../../app/FormActions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../app/PasswordField';
import { createAccountInput } from '../../../shared/contract/accounts';
import type { AppError } from '../../../shared/errors';
import { AppModal } from '../../app/AppModal';
import { ErrorAlert } from '../../app/errors';
import { fullName } from '../../app/format';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';
import { useHearthMutation, useHearthQuery } from '../../app/queries';

/** A sign-in account for an active staff member who has none yet, with a temporary password. */
export function CreateAccountModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const staff = useHearthQuery('staff.list', { includeInactive: false }, { enabled: opened });
  const create = useHearthMutation('accounts.create');
  const candidates = (staff.data ?? []).filter((member) => member.active && !member.username);
  const form = useContractForm(createAccountInput, { staffId: '', username: '', temporaryPassword: '' });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await create.run(values);
    if (result.ok) {
      form.reset();
      onCreated();
    } else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
  });

  return (
    <AppModal opened={opened} onClose={onClose} title={t('accounts.create.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={staff.error} />
          {!staff.busy && candidates.length === 0 && <Text>{t('accounts.create.nobody')}</Text>}
          <NativeSelect
            label={t('accounts.staffMember')}
            required
            data-autofocus
            data={[
              { value: '', label: t('common.choose'), disabled: true },
              ...candidates.map((member) => ({ value: member.id, label: fullName(member) })),
            ]}
            {...form.getInputProps('staffId')}
          />
          <TextInput label={t('accounts.username')} description={t('accounts.usernameHint')} required autoComplete="off" {...form.getInputProps('username')} />
          <PasswordField label={t('accounts.temporaryPassword')} description={t('accounts.temporaryPasswordHint')} required autoComplete="new-password" {...form.getInputProps('temporaryPassword')} />
          <ErrorAlert error={error} />
          <FormActions submitLabel={t('accounts.create.submit')} submitting={form.submitting} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
