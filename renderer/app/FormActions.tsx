import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The row that ends every form: "Cancel" (when there is somewhere to go back to) and the submit button. */
export function FormActions({ submitLabel, submitting, onCancel, danger = false, disabled = false }: { submitLabel: string; submitting: boolean; onCancel?: () => void; danger?: boolean; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
      <Button type="submit" loading={submitting} disabled={disabled} color={danger ? 'red' : undefined}>
        {submitLabel}
      </Button>
    </Group>
  );
}
