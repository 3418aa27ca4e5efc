import { Alert, Button, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../app/PasswordField';
import { signInInput, type SessionInfo } from '../../../shared/contract/auth';
import { invoke } from '../../app/api';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';
import { AuthFrame } from './AuthFrame';
import { authFailureMessage } from './authErrors';

export function SignInForm({ onSignedIn }: { onSignedIn: (session: SessionInfo) => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useContractForm(signInInput, { username: '', password: '' }, { validateInputOnBlur: false });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const result = await invoke('auth.signIn', values);
    if (result.ok) {
      onSignedIn(result.value);
      return;
    }
    if (result.error.code === 'validation' && applyServerFieldErrors(form, result.error)) return;
    setFailure(authFailureMessage(t, result.error));
    form.setFieldValue('password', '');
  });

  return (
    <AuthFrame title={t('auth.signIn.title')}>
      <form onSubmit={submit} noValidate>
        <TextInput label={t('auth.username')} required autoComplete="username" data-autofocus autoFocus {...form.getInputProps('username')} />
        <PasswordField mt="sm" label={t('auth.password')} required autoComplete="current-password" {...form.getInputProps('password')} />
        {failure && (
          <Alert mt="md" color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        <Button type="submit" mt="lg" fullWidth loading={form.submitting}>
          {t('auth.signIn.submit')}
        </Button>
      </form>
    </AuthFrame>
  );
}
