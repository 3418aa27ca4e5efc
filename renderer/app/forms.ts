import { schemaResolver, useForm, type UseFormInput, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { AppError } from '../../shared/errors';

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
      typeof inputProps.error === 'string' ? { error: t(inputProps.error, { defaultValue: inputProps.error }) } : undefined,
    ...options,
  });
}

/**
 * Puts the core's field errors under the fields (first message of each): schema problems
 * (`validation`) and field-specific refusals such as a wrong password.
 * Returns false when the error has none, so the caller shows it another way.
 */
export function applyServerFieldErrors<Values>(form: UseFormReturnType<Values>, error: AppError): boolean {
  if (!error.fieldErrors) return false;
  const entries = Object.entries(error.fieldErrors).filter(([, messages]) => messages.length > 0);
  if (entries.length === 0) return false;
  form.setErrors(Object.fromEntries(entries.map(([path, messages]) => [path, messages[0]])));
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
