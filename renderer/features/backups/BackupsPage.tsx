import { Button, Code, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { call } from '../../app/backend';
import { ErrorAlert } from '../../app/errors';
import { notifySuccess } from '../../app/notify';
import { PageHeader } from '../../app/PageHeader';
import { useOperation } from '../../app/useOperation';
import { BackupsTable } from './BackupsTable';
import { RestoreSteps } from './RestoreSteps';

/** The database's backup copies: where they are, a copy on request, and how to restore one. */
export function BackupsPage() {
  const { t } = useTranslation();
  const overview = useOperation('backups.list', {});
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<AppError | null>(null);
  const folderLabel = useId();

  async function backUpNow() {
    setCreating(true);
    setCreateError(null);
    const result = await call('backups.create', {});
    setCreating(false);
    if (!result.ok) return setCreateError(result.error);
    notifySuccess(t('backups.made', { fileName: result.value.fileName }));
    overview.reload();
  }

  return (
    <>
      <PageHeader title={t('backups.title')}>
        <Button onClick={() => void backUpNow()} loading={creating}>
          {t('backups.backUpNow')}
        </Button>
      </PageHeader>

      <Stack>
        <ErrorAlert error={createError} />
        <ErrorAlert error={overview.error} />
        <Text>{t('backups.intro')}</Text>
        {overview.value && (
          <div role="group" aria-labelledby={folderLabel}>
            <Text id={folderLabel} fw={600}>
              {t('backups.folder')}
            </Text>
            <Code block>{overview.value.folder}</Code>
          </div>
        )}
        <Text>{t('backups.copyElsewhere')}</Text>
        <BackupsTable backups={overview.value?.backups ?? []} loading={overview.loading} />
        <RestoreSteps />
      </Stack>
    </>
  );
}
