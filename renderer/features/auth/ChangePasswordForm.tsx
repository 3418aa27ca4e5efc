import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../app/PasswordField';
import { changePasswordInput, type SessionInfo } from '../../../shared/contract/auth';
import type { AppError } from '../../../shared/errors';
import { call } from '../../app/backend';
import { ErrorAlert } from '../../app/errors';
import { applyServerFieldErrors, useContractForm, withPasswordConfirmation } from '../../app/forms';

const formSchema = withPasswordConfirmation(changePasswordInput, 'newPassword', 'confirmPassword');

/** Current password, new password twice. Used at forced first sign-in and from the user menu. */
export function ChangePasswordForm({ onChanged, onCancel }: { onChanged: (session: SessionInfo) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const form = useContractForm(formSchema, { currentPassword: '', newPassword: '', confirmPassword: '' });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setError(null);
    const result = await call('auth.changePassword', { currentPassword, newPassword });
    if (result.ok) onChanged(result.value);
    else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
  });

  return (
    <form onSubmit={submit} noValidate>
      <PasswordField label={t('auth.currentPassword')} required autoComplete="current-password" {...form.getInputProps('currentPassword')} />
      <PasswordField mt="sm" label={t('auth.newPassword')} description={t('auth.passwordHint')} required autoComplete="new-password" {...form.getInputProps('newPassword')} />
      <PasswordField mt="sm" label={t('auth.confirmPassword')} required autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
      <ErrorAlert error={error} />
      <Group mt="lg" justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" loading={form.submitting}>
          {t('auth.changePassword.submit')}
        </Button>
      </Group>
    </form>
  );
}
