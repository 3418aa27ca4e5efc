import { Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import type { AppError, Result } from '../../../shared/errors';
import { AppModal } from '../../app/AppModal';
import { FormActions } from '../../app/FormActions';
import { applyServerFieldErrors } from '../../app/forms';
import { notifySuccess } from '../../app/notify';
import { SaveErrorAlert } from '../../app/SaveErrorAlert';

/**
 * The add/edit dialog of a set-up record: the fields, then the save. The core's field errors go
 * under the fields; a stale copy offers "Reload", which closes the dialog on the refreshed list so
 * the next edit starts from the stored record. Nothing is kept on a refusal.
 */
export function SetupFormModal<Values extends Record<string, unknown>>({
  title,
  form,
  save,
  successMessage,
  submitLabel,
  onClose,
  onReload,
  children,
}: {
  title: string;
  form: UseFormReturnType<Values>;
  save: (values: Values) => Promise<Result<unknown>>;
  successMessage: string;
  submitLabel: string;
  onClose: () => void;
  onReload: () => void;
  children: ReactNode;
}) {
  const [error, setError] = useState<AppError | null>(null);
  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await save(values);
    if (result.ok) {
      notifySuccess(successMessage);
      onClose();
    } else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
  });
  return (
    <AppModal opened onClose={onClose} unsavedChanges={form.isDirty()} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {children}
          <SaveErrorAlert
            error={error}
            onReload={() => {
              onReload();
              onClose();
            }}
          />
          <FormActions submitLabel={submitLabel} submitting={form.submitting} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
