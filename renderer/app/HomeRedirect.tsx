import { Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleNavItems } from './navigation';
import { PageHeader } from './PageHeader';
import { navigate } from './router';
import { useSession } from './session';

/** "#/" opens the first screen the person may use; someone with none gets a short explanation. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const { can } = useSession();
  const first = visibleNavItems(can)[0];
  useEffect(() => {
    if (first) navigate(first.path, { replace: true });
  }, [first]);
  if (first) return null;
  return (
    <>
      <PageHeader title={t('common.welcome')} />
      <Text>{t('common.noScreens')}</Text>
    </>
  );
}
