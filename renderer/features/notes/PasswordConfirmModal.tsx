import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../shared/errors';
import { AppModal } from '../../app/AppModal';
import { errorSentence } from '../../app/errors';
import { PasswordField } from '../../app/PasswordField';

/** Asks for the person's password to sign (a note, a co-signature); the core checks it. */
export function PasswordConfirmModal<T>(props: { opened: boolean; onClose: () => void; title: string; intro: string; confirmLabel: string; submit: (password: string) => Promise<Result<T>>; onDone: (value: T) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await props.submit(password);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setPassword('');
    setError(null);
    props.onDone(result.value);
  }

  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={props.title} size="md">
      <form onSubmit={(event) => void confirm(event)}>
        <Stack>
          <Text>{props.intro}</Text>
          <PasswordField label={t('notes.sign.password')} value={password} onChange={(event) => setPassword(event.currentTarget.value)} error={error ? errorSentence(t, error) : undefined} required data-autofocus autoComplete="current-password" />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
