import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { useSession } from '../../app/session';
import { MyFlaggedPairs } from '../mentoring/MyFlaggedPairs';
import { WeekAgenda } from './WeekAgenda';

/** The signed-in staff member's week: the sessions they facilitate. */
export function MyWeekPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  return (
    <Stack gap="md">
      <PageHeader title={t('today.myWeek.title')} />
      <Text>{t('today.myWeek.intro')}</Text>
      <MyFlaggedPairs />
      <WeekAgenda of={{ facilitatorId: session.staffId }} headingId="my-week-heading" />
    </Stack>
  );
}
