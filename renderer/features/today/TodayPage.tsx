import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors';
import { PageHeader } from '../../app/PageHeader';
import { useHearthQuery } from '../../app/queries';
import { OccurrenceTable } from './OccurrenceTable';
import { useWallClock } from './useWallClock';
import { WhereaboutsTable } from './WhereaboutsTable';

const route = getRouteApi('/today');

/** Asked again every minute, so a board left open on a wall stays right as sessions start and end. */
const REFRESH_MS = 60_000;

/** The home page of staff: what is on now and later today, and where each resident is expected to be. */
export function TodayPage() {
  const { t } = useTranslation();
  const clock = useWallClock();
  const { house } = route.useSearch();
  const setSearch = route.useNavigate();
  const board = useHearthQuery('schedule.today', { house: house || null }, { refetchInterval: REFRESH_MS });
  // Only the first load marks the tables busy: the minute's refresh replaces the rows in place.
  const loading = board.data === undefined && board.error === null;
  const data = board.data;
  // A house chosen in the address stays a choice even on a day nobody lives there any more.
  const houses = data ? [...new Set([...data.houses, ...(house ? [house] : [])])].sort() : house ? [house] : [];

  return (
    <Stack gap="lg">
      <PageHeader title={t('today.title')}>
        {data && <Text c="dimmed">{t('today.asOf', { time: clock.time(data.now) })}</Text>}
      </PageHeader>
      <ErrorAlert error={board.error} />

      <section aria-labelledby="today-now-heading">
        <Title order={2} size="h3" mb="sm" id="today-now-heading">
          {t('today.now.title')}
        </Title>
        <OccurrenceTable label={t('today.now.caption')} occurrences={data?.happeningNow ?? []} emptyText={t('today.now.none')} loading={loading} />
      </section>

      <section aria-labelledby="today-next-heading">
        <Title order={2} size="h3" mb="sm" id="today-next-heading">
          {t('today.next.title')}
        </Title>
        <OccurrenceTable label={t('today.next.caption')} occurrences={data?.upNext ?? []} emptyText={t('today.next.none')} loading={loading} />
      </section>

      <section aria-labelledby="today-residents-heading">
        <Title order={2} size="h3" mb="sm" id="today-residents-heading">
          {t('today.residents.title')}
        </Title>
        <NativeSelect
          label={t('today.house.label')}
          value={house}
          onChange={(event) => void setSearch({ search: (previous) => ({ ...previous, house: event.currentTarget.value }) })}
          data={[{ value: '', label: t('today.house.all') }, ...houses.map((name) => ({ value: name, label: name }))]}
          maw={320}
          mb="sm"
        />
        <WhereaboutsTable residents={data?.residents ?? []} loading={loading} />
      </section>
    </Stack>
  );
}
