import { Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthFrame } from './AuthFrame';

/**
 * The only screen when the database file failed its integrity check: nothing else may run. Shown
 * before sign-in, so files are named inside Hearth's data folder, never by their full path.
 */
export function DamagedDatabaseScreen({ file, problem, latestBackup }: { file: string; problem: string; latestBackup: string | null }) {
  const { t } = useTranslation();
  return (
    <AuthFrame title={t('auth.damaged.title')} width={640}>
      <Text>{t('auth.damaged.intro')}</Text>
      <div>
        <Text fw={600}>{t('auth.damaged.file')}</Text>
        <Code block>{file}</Code>
        <Text size="sm" mt={4}>
          {t('auth.dataFolder')}
        </Text>
      </div>
      <div>
        <Text fw={600}>{t('auth.damaged.problem')}</Text>
        <Code block>{problem}</Code>
      </div>
      <Text fw={600}>{t('auth.damaged.whatToDo')}</Text>
      <List type="ordered" spacing="xs">
        <List.Item>{t('auth.damaged.stepKeep')}</List.Item>
        <List.Item>{t('auth.damaged.stepClose')}</List.Item>
        <List.Item>
          {t('auth.damaged.stepRestore')}
          {latestBackup && (
            <>
              {' '}
              {t('auth.damaged.latestBackup')}
              <Code block mt={4}>
                {latestBackup}
              </Code>
            </>
          )}
        </List.Item>
        <List.Item>{t('auth.damaged.stepSupport')}</List.Item>
      </List>
    </AuthFrame>
  );
}
