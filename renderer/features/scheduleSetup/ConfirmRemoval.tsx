import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown in place of a dialog's content, so focus must be moved to it by hand (data-autofocus acts only when a dialog opens). */
const focusOnMount = (button: HTMLButtonElement | null) => button?.focus();

/** "Remove this …?" with what it changes: a period or an absence is removed for good (the audit trail keeps it). */
export function ConfirmRemoval({
  title,
  consequence,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  title: string;
  consequence: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text>{consequence}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm} loading={busy} data-autofocus ref={focusOnMount}>
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}
