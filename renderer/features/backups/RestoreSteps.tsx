import { List, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What to do by hand to go back to a copy: Hearth cannot replace the file it has open. */
export function RestoreSteps() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="restore-steps-title">
      <Title order={2} size="h3" mb="sm" id="restore-steps-title">
        {t('backups.restore.title')}
      </Title>
      <List type="ordered" spacing="xs">
        <List.Item>{t('backups.restore.close')}</List.Item>
        <List.Item>{t('backups.restore.rename')}</List.Item>
        <List.Item>{t('backups.restore.copy')}</List.Item>
        <List.Item>{t('backups.restore.start')}</List.Item>
      </List>
    </section>
  );
}
