import { Stack, Text } from '@mantine/core';
import { FormActions } from '../../app/FormActions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../app/PasswordField';
import { resetPasswordInput, type AccountSummary } from '../../../shared/contract/accounts';
import type { AppError } from '../../../shared/errors';
import { AppModal } from '../../app/AppModal';
import { useHearthMutation } from '../../app/queries';
import { ErrorAlert } from '../../app/errors';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';

/** A new temporary password; the person must choose their own at next sign-in. */
export function ResetPasswordModal({ account, onClose, onDone }: { account: AccountSummary; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const reset = useHearthMutation('accounts.resetPassword');
  const [error, setError] = useState<AppError | null>(null);
  // The account's version as the list showed it: a reset made from an outdated list is refused.
  const form = useContractForm(resetPasswordInput, { accountId: account.id, expectedVersion: account.version, temporaryPassword: '' });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await reset.run({ ...values, expectedVersion: account.version });
    if (result.ok) onDone();
    else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
  });

  return (
    <AppModal opened onClose={onClose} size="md" title={t('accounts.reset.title', { name: account.displayName })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>{t('accounts.reset.intro')}</Text>
          <PasswordField
            label={t('accounts.temporaryPassword')}
            description={t('accounts.temporaryPasswordHint')}
            required
            data-autofocus
            autoComplete="new-password"
            {...form.getInputProps('temporaryPassword')}
          />
          <ErrorAlert error={error} />
          <FormActions submitLabel={t('accounts.reset.submit')} submitting={form.submitting} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
