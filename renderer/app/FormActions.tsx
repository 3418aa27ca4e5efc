import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useGuardedClose } from './AppModal';

/**
 * The row that ends every form: "Cancel" (when there is somewhere to go back to) and the submit
 * button. In a dialog guarding unsaved typing, Cancel closes through the dialog, which asks first.
 */
export function FormActions({ submitLabel, submitting, onCancel, danger = false, disabled = false }: { submitLabel: string; submitting: boolean; onCancel?: () => void; danger?: boolean; disabled?: boolean }) {
  const { t } = useTranslation();
  const guardedClose = useGuardedClose();
  const cancel = onCancel && (guardedClose ?? onCancel);
  return (
    <Group justify="flex-end">
      {cancel && (
        <Button variant="default" onClick={cancel}>
          {t('common.cancel')}
        </Button>
      )}
      <Button type="submit" loading={submitting} disabled={disabled} color={danger ? 'red' : undefined}>
        {submitLabel}
      </Button>
    </Group>
  );
}
