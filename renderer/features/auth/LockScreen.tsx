import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../app/PasswordField';
import { unlockInput, type SessionInfo } from '../../../shared/contract/auth';
import { invoke } from '../../app/api';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';
import { AuthFrame } from './AuthFrame';
import { authFailureMessage } from './authErrors';

/**
 * Shown beside the (hidden, inert) app while the session is locked: the person's unsaved work
 * stays mounted behind it and comes back when they type their password.
 */
export function LockScreen({ session, onUnlocked, onSignedOut }: { session: SessionInfo; onUnlocked: (session: SessionInfo) => void; onSignedOut: () => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  // No validation on blur: moving to "Sign in as someone else" must not flash an error and shift it.
  const form = useContractForm(unlockInput, { password: '' }, { validateInputOnBlur: false });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const result = await invoke('auth.unlock', values);
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    form.setFieldValue('password', '');
    if (result.error.code === 'validation' && applyServerFieldErrors(form, result.error)) return;
    setFailure(authFailureMessage(t, result.error));
  });

  async function signOut() {
    await invoke('auth.signOut', {});
    onSignedOut();
  }

  return (
    <AuthFrame title={t('auth.lock.title')} intro={<Text>{t('auth.lock.signedInAs', { name: session.displayName, username: session.username })}</Text>}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <PasswordField label={t('auth.password')} required autoComplete="current-password" autoFocus {...form.getInputProps('password')} />
          {failure && (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          )}
          <Button type="submit" loading={form.submitting}>
            {t('auth.lock.unlock')}
          </Button>
        </Stack>
      </form>
      <Button variant="default" onClick={() => void signOut()}>
        {t('auth.lock.signInAsSomeoneElse')}
      </Button>
    </AuthFrame>
  );
}
