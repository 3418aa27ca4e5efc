import { Alert, Button, Group, NumberInput, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notedFingerprintInput, type NotedFingerprintCheck } from '../../../shared/contract/audit';
import type { AppError } from '../../../shared/errors';
import { call } from '../../app/backend';
import { ErrorAlert } from '../../app/errors';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';

type Outcome = { seq: number; check: NotedFingerprintCheck } | { seq: number; broken: true };

/**
 * Checks a fingerprint someone noted on paper earlier: proves the trail up to that row was not
 * rebuilt since (the chain alone cannot, against someone who recomputes every hash).
 */
export function CheckNotedFingerprint() {
  const { t } = useTranslation();
  const form = useContractForm<{ seq: number | string; fingerprint: string }>(notedFingerprintInput, { seq: '', fingerprint: '' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const submit = form.onSubmit(async (values) => {
    setOutcome(null);
    setError(null);
    const noted = { seq: Number(values.seq), fingerprint: values.fingerprint };
    const answer = await call('audit.verify', { noted });
    if (!answer.ok) {
      if (!applyServerFieldErrors(form, { ...answer.error, fieldErrors: stripPrefix(answer.error.fieldErrors) })) setError(answer.error);
      return;
    }
    // A broken chain is reported by the verification above; here it means "cannot vouch for it".
    // (A witness that disagrees leaves the chain, and so the note's check, meaningful.)
    setOutcome(answer.value.problem === null ? { seq: noted.seq, check: answer.value.noted ?? 'missing' } : { seq: noted.seq, broken: true });
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="check-fingerprint-title">
      <Title order={2} size="h4" id="check-fingerprint-title" mb="xs">
        {t('audit.verify.checkTitle')}
      </Title>
      <Group align="flex-start">
        <NumberInput label={t('audit.verify.rowNumber')} min={1} allowDecimal={false} allowNegative={false} w={140} {...form.getInputProps('seq')} />
        <TextInput label={t('audit.verify.fingerprintLabel')} placeholder="3F2A-91C0-7B44-0E1D" w={260} autoComplete="off" spellCheck={false} {...form.getInputProps('fingerprint')} />
        <Button type="submit" variant="default" mt={25} loading={form.submitting}>
          {t('audit.verify.checkButton')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {outcome && 'check' in outcome && (
        <Alert mt="sm" variant="light" color={outcome.check === 'matches' ? 'teal' : 'red'} role={outcome.check === 'matches' ? 'status' : 'alert'}>
          {t(`audit.verify.noted.${outcome.check}`, { seq: outcome.seq })}
        </Alert>
      )}
      {outcome && 'broken' in outcome && (
        <Alert mt="sm" variant="light" color="red" role="alert">
          {t('audit.verify.notedOnBrokenTrail')}
        </Alert>
      )}
    </form>
  );
}

/** The core names fields by their path in the call (`noted.seq`); the form's fields are `seq`. */
function stripPrefix(fieldErrors: AppError['fieldErrors']): AppError['fieldErrors'] {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(Object.entries(fieldErrors).map(([path, messages]) => [path.replace(/^noted\./, ''), messages]));
}
