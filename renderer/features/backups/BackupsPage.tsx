import { Button, Code, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { ErrorAlert } from '../../app/errors';
import { notifySuccess } from '../../app/notify';
import { PageHeader } from '../../app/PageHeader';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { BackupsTable } from './BackupsTable';
import { RestoreSteps } from './RestoreSteps';

/** The database's backup copies: where they are, a copy on request, and how to restore one. */
export function BackupsPage() {
  const { t } = useTranslation();
  const overview = useHearthQuery('backups.list', {});
  const create = useHearthMutation('backups.create');
  const [createError, setCreateError] = useState<AppError | null>(null);
  const folderLabel = useId();

  async function backUpNow() {
    setCreateError(null);
    const result = await create.run({});
    if (!result.ok) return setCreateError(result.error);
    notifySuccess(t('backups.made', { fileName: result.value.fileName }));
  }

  return (
    <>
      <PageHeader title={t('backups.title')}>
        <Button onClick={() => void backUpNow()} loading={create.pending}>
          {t('backups.backUpNow')}
        </Button>
      </PageHeader>

      <Stack>
        <ErrorAlert error={createError} />
        <ErrorAlert error={overview.error} />
        <Text>{t('backups.intro')}</Text>
        {overview.data && (
          <div role="group" aria-labelledby={folderLabel}>
            <Text id={folderLabel} fw={600}>
              {t('backups.folder')}
            </Text>
            <Code block>{overview.data.folder}</Code>
          </div>
        )}
        <Text>{t('backups.copyElsewhere')}</Text>
        <BackupsTable backups={overview.data?.backups ?? []} loading={overview.busy} />
        <RestoreSteps />
      </Stack>
    </>
  );
}
