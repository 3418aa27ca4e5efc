import { Text } from '@mantine/core';
import { Navigate, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { visibleNavItems } from './navigation';
import { PageHeader } from './PageHeader';
import { useSession } from './session';

/**
 * "#/" opens the Today board for everyone who reads the schedule (what is on and where everyone is
 * is the first thing staff need); anyone else gets the first screen of the navbar they may use, and
 * someone with none a short explanation.
 */
export function HomeRedirect() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { routeTree } = useRouter();
  if (can('schedule.read')) return <Navigate to="/today" replace />;
  const first = visibleNavItems(routeTree, can)[0];
  if (first) return <Navigate to={first.to} replace />;
  return (
    <>
      <PageHeader title={t('common.welcome')} />
      <Text>{t('common.noScreens')}</Text>
    </>
  );
}
