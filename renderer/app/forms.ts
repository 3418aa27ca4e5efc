import { schemaResolver, useForm, type UseFormInput, type UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { AppError } from '../../shared/errors';
import { translateMessageKey } from '../i18n/messageKeys';

// Forms are validated by the very zod schema the core parses the call with (shared/contract), on
// blur and on submit. Schema messages are i18n keys, translated when shown under the field; the
// core's own field errors (same keys) go through the same path.

export function useContractForm<Values extends Record<string, unknown>>(
  schema: z.ZodType,
  initialValues: Values,
  options: Omit<UseFormInput<Values>, 'initialValues' | 'validate'> = {},
): UseFormReturnType<Values> {
  const { t } = useTranslation();
  return useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnBlur: true,
    enhanceGetInputProps: ({ inputProps }) =>
      typeof inputProps.error === 'string' ? { error: translateFieldError(t, inputProps.error) } : undefined,
    ...options,
  });
}

/** A message key such as `validation.weakPassword.common`: no spaces, dotted. */
const MESSAGE_KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;

/**
 * A field's error is a message key, or several separated by spaces (a reason, then what to do, as
 * the core sends for a weak password): each is translated and the sentences are shown together.
 */
function translateFieldError(t: TFunction, error: string): string {
  const keys = error.split(' ');
  if (keys.length > 1 && keys.every((key) => MESSAGE_KEY.test(key))) return keys.map((key) => translateMessageKey(t, key, key)).join(' ');
  return translateMessageKey(t, error, error);
}

/**
 * Puts the core's field errors under the fields: schema problems (`validation`) and field-specific
 * refusals such as a wrong password or a weak one. When every message of a field is a key, all are
 * shown (a weak password's reason and hints); otherwise the first.
 * Returns false when the error has none, so the caller shows it another way.
 */
export function applyServerFieldErrors<Values>(form: UseFormReturnType<Values>, error: AppError): boolean {
  if (!error.fieldErrors) return false;
  const entries = Object.entries(error.fieldErrors).filter(([, messages]) => messages.length > 0);
  if (entries.length === 0) return false;
  form.setErrors(Object.fromEntries(entries.map(([path, messages]) => [path, messages.every((m) => MESSAGE_KEY.test(m)) ? messages.join(' ') : messages[0]])));
  return true;
}

/**
 * A form schema for "type the new password twice": the contract schema checks everything but
 * the confirmation field, which only the screen knows about and never sends.
 */
export function withPasswordConfirmation(schema: z.ZodType, passwordField: string, confirmField: string): z.ZodType {
  return z.record(z.string(), z.unknown()).superRefine((values, context) => {
    const { [confirmField]: confirmation, ...sent } = values;
    const parsed = schema.safeParse(sent);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
    if (confirmation !== sent[passwordField]) {
      context.addIssue({ code: 'custom', message: 'validation.passwordsDiffer', path: [confirmField] });
    }
  });
}
