import { Alert, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AppError } from '../../shared/errors';
import { translateMessageKey } from '../i18n/messageKeys';

/**
 * The core's sentence in the person's language: it names it by `messageKey` (problems.*) and also
 * sends it in English, which stays the fallback for a key this build does not know yet.
 */
export function errorSentence(t: TFunction, error: AppError): string {
  if (!error.messageKey) return error.message;
  return translateMessageKey(t, error.messageKey, error.message, error.messageParams);
}

/** "<what this kind of error means> <the core's own sentence>", both shown to the person. */
export function describeError(t: TFunction, error: AppError): { title: string; message: string } {
  return { title: t(`errors.${error.code}`, { defaultValue: t('errors.internal') }), message: errorSentence(t, error) };
}

/** An inline, announced error box for a failed load or save; `action` is e.g. a "Reload" button. */
export function ErrorAlert({ error, action }: { error: AppError | null | undefined; action?: ReactNode }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { title, message } = describeError(t, error);
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {action ? (
        <Stack gap="sm" align="flex-start">
          <span>{message}</span>
          {action}
        </Stack>
      ) : (
        message
      )}
    </Alert>
  );
}
