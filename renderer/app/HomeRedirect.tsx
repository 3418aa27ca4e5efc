import { Text } from '@mantine/core';
import { Navigate, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { visibleNavItems } from './navigation';
import { PageHeader } from './PageHeader';
import { useSession } from './session';

/** "#/" opens the first screen of the navbar the person may use; someone with none gets a short explanation. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { routeTree } = useRouter();
  const first = visibleNavItems(routeTree, can)[0];
  if (first) return <Navigate to={first.to} replace />;
  return (
    <>
      <PageHeader title={t('common.welcome')} />
      <Text>{t('common.noScreens')}</Text>
    </>
  );
}
