import { Button, Checkbox, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../app/PasswordField';
import { setUpFirstAdministratorInput, type SessionInfo } from '../../../shared/contract/auth';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../app/api';
import { ErrorAlert } from '../../app/errors';
import { applyServerFieldErrors, useContractForm, withPasswordConfirmation } from '../../app/forms';
import { AuthFrame } from './AuthFrame';

const formSchema = withPasswordConfirmation(setUpFirstAdministratorInput, 'password', 'confirmPassword');

/**
 * First start: creates the first administrator, who is then signed in. If another window got
 * there first (`conflict`), `onSignInInstead` re-runs the boot checks, which lead to sign-in.
 */
export function FirstRunForm({ onDone, onSignInInstead }: { onDone: (session: SessionInfo) => void; onSignInInstead: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const form = useContractForm(formSchema, {
    firstName: '',
    lastName: '',
    username: '',
    password: '',
    confirmPassword: '',
    alsoManager: true,
  });

  const submit = form.onSubmit(async ({ confirmPassword: _confirmation, ...values }) => {
    setError(null);
    const result = await invoke('auth.setUpFirstAdministrator', values);
    if (result.ok) onDone(result.value);
    else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
  });

  return (
    <AuthFrame title={t('auth.firstRun.title')} intro={<Text>{t('auth.firstRun.intro')}</Text>} width={520}>
      <form onSubmit={submit} noValidate>
        <Group grow align="flex-start">
          <TextInput label={t('common.firstName')} required autoComplete="given-name" {...form.getInputProps('firstName')} />
          <TextInput label={t('common.lastName')} required autoComplete="family-name" {...form.getInputProps('lastName')} />
        </Group>
        <TextInput mt="sm" label={t('auth.username')} description={t('auth.usernameHint')} required autoComplete="username" {...form.getInputProps('username')} />
        <PasswordField mt="sm" label={t('auth.password')} description={t('auth.passwordHint')} required autoComplete="new-password" {...form.getInputProps('password')} />
        <PasswordField mt="sm" label={t('auth.confirmPassword')} required autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
        <Checkbox mt="md" label={t('auth.firstRun.alsoManager')} {...form.getInputProps('alsoManager', { type: 'checkbox' })} />
        <ErrorAlert
          error={error}
          action={
            error?.code === 'conflict' ? (
              <Button size="xs" variant="default" onClick={onSignInInstead}>
                {t('auth.firstRun.goToSignIn')}
              </Button>
            ) : undefined
          }
        />
        <Button type="submit" mt="lg" fullWidth loading={form.submitting}>
          {t('auth.firstRun.submit')}
        </Button>
      </form>
    </AuthFrame>
  );
}
