import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../app/AppModal';

/**
 * "Deactivate X?" / "Reactivate X?" confirmation, shared by staff and accounts: both keep the
 * record and its history, so the dialog says what changes for the person.
 */
export function ConfirmActiveChange({
  opened,
  activate,
  name,
  consequence,
  busy,
  onConfirm,
  onCancel,
}: {
  opened: boolean;
  activate: boolean;
  name: string;
  consequence: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onCancel} size="md" title={activate ? t('common.reactivateTitle', { name }) : t('common.deactivateTitle', { name })}>
      <Text mb="lg">{consequence}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color={activate ? undefined : 'red'} onClick={onConfirm} loading={busy} data-autofocus>
          {activate ? t('common.reactivate') : t('common.deactivate')}
        </Button>
      </Group>
    </AppModal>
  );
}
