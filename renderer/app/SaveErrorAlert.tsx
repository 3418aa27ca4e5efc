import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/errors';
import { ErrorAlert } from './errors';

/** The core refused an edit made from an older copy of the record than the stored one. */
export function isStaleRecord(error: AppError | null | undefined): boolean {
  return error?.code === 'conflict' && error.messageKey === 'problems.staleRecord';
}

/**
 * The error of an edit form's save. When the record changed in another window since the form
 * loaded it, it offers "Reload": only on that click does the form take the stored record and drop
 * the person's edit, so they can first read (or copy) what they typed.
 */
export function SaveErrorAlert({ error, onReload }: { error: AppError | null; onReload: () => void }) {
  const { t } = useTranslation();
  const action = isStaleRecord(error) ? (
    <Button size="xs" variant="default" onClick={onReload}>
      {t('common.reload')}
    </Button>
  ) : undefined;
  return <ErrorAlert error={error} action={action} />;
}
