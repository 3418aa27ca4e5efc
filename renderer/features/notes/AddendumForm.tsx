import { Button, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { errorSentence } from '../../app/errors';
import { notifySuccess } from '../../app/notify';
import { PasswordField } from '../../app/PasswordField';
import { useHearthMutation } from '../../app/queries';

/** A correction under a signed note, signed with the author's password. */
export function AddendumForm({ noteId }: { noteId: string }) {
  const { t } = useTranslation();
  const add = useHearthMutation('notes.addAddendum');
  const [text, setText] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await add.run({ noteId, text, password });
    if (!result.ok) return setError(result.error);
    setText('');
    setPassword('');
    setError(null);
    notifySuccess(t('notes.addenda.done'));
  }

  const fieldError = (field: string) => (error?.fieldErrors?.[field] ? errorSentence(t, error) : undefined);
  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack maw={640}>
        <Textarea label={t('notes.addenda.text')} value={text} onChange={(event) => setText(event.currentTarget.value)} autosize minRows={2} required error={fieldError('text')} />
        <PasswordField label={t('notes.addenda.password')} value={password} onChange={(event) => setPassword(event.currentTarget.value)} required autoComplete="current-password" error={error && !error.fieldErrors?.text ? errorSentence(t, error) : undefined} />
        <Button type="submit" loading={add.pending} style={{ alignSelf: 'flex-start' }}>
          {t('notes.addenda.add')}
        </Button>
      </Stack>
    </form>
  );
}
