import { Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DatabaseState } from '../../../shared/contract/system';
import { dateLanguageOf, formatInstant, machineTimeZone } from '../../../shared/dates';
import { AuthFrame } from './AuthFrame';

type InUse = Extract<DatabaseState, { state: 'inUse' }>;

/** The only screen when another Hearth process has the data folder open: this one must not write. Names files inside the data folder only (shown before sign-in). */
export function DatabaseInUseScreen({ database }: { database: InUse }) {
  const { t, i18n } = useTranslation();
  // No session yet, so no centre time zone: the holder started on this computer, in its local time.
  const since = formatInstant(database.heldBy.since, machineTimeZone(), dateLanguageOf(i18n.language));
  return (
    <AuthFrame title={t('auth.inUse.title')} width={640}>
      <Text>{t('auth.inUse.intro')}</Text>
      <div>
        <Text fw={600}>{t('auth.inUse.file')}</Text>
        <Code block>{database.file}</Code>
        <Text size="sm" mt={4}>
          {t('auth.dataFolder')}
        </Text>
      </div>
      <Text>{t('auth.inUse.heldBy', { pid: database.heldBy.pid, host: database.heldBy.host, since })}</Text>
      <Text fw={600}>{t('auth.inUse.whatToDo')}</Text>
      <List type="ordered" spacing="xs">
        <List.Item>{t('auth.inUse.stepUseOther')}</List.Item>
        <List.Item>{t('auth.inUse.stepRestart')}</List.Item>
        <List.Item>{t('auth.inUse.stepStale')}</List.Item>
      </List>
    </AuthFrame>
  );
}
