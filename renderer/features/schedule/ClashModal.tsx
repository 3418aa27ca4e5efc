import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangePreview } from '../../../shared/contract/schedule';
import { AppModal } from '../../app/AppModal';
import { ClashList } from './ClashList';

/** A change the conflict check refused (a drag, a restore): nothing was saved, and this says why. */
export function ClashModal({ preview, onClose }: { preview: ChangePreview | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={preview !== null} onClose={onClose} title={t('schedule.refused.title')}>
      {preview && (
        <Stack>
          <Text>{t(preview.blocksSaving ? 'schedule.refused.blocked' : 'schedule.refused.overCapacity')}</Text>
          <ClashList preview={preview} />
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
