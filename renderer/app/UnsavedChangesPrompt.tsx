import { Button, Group, Stack, Text } from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AppModal } from './AppModal';
import { useUnsavedWork } from './unsavedWork';

/**
 * Asks before leaving a form with unsaved changes for another screen (a link, the navbar, back).
 * "Keep editing" stays on the form with the text as typed. Locking the screen is no navigation: the
 * form stays mounted behind the lock screen and nothing is asked. A save navigates with
 * `ignoreBlocker: true`.
 */
export function UnsavedChangesPrompt({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker({ shouldBlockFn: () => when, withResolver: true, enableBeforeUnload: false });
  useUnsavedWork(when);
  const blocked = blocker.status === 'blocked';
  return (
    <AppModal opened={blocked} onClose={() => blocker.reset?.()} title={t('common.unsavedChanges.title')} size="md">
      <Stack>
        <Text>{t('common.unsavedChanges.message')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
            {t('common.unsavedChanges.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t('common.unsavedChanges.leave')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
