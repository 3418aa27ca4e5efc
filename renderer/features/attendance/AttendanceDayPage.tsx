import { Badge, Group, Stack, Switch } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ScheduledOccurrence } from '../../../shared/contract/schedule';
import { isRealCalendarDate } from '../../../shared/dates';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { DateField } from '../../app/DateField';
import { ErrorAlert } from '../../app/errors';
import { AppLink } from '../../app/links';
import { PageHeader } from '../../app/PageHeader';
import { useHearthQuery } from '../../app/queries';
import type { AttendanceDaySearch } from '../../app/routeSearch';
import { useSession } from '../../app/session';
import { useCentreTime } from '../../app/useCentreTime';
import { TakeAttendanceLink } from './TakeAttendanceLink';

/**
 * A day's sessions with a link to each one's attendance: by default the ones the person
 * facilitates ("my day"); people who may take or read any session's attendance can list them all.
 */
export function AttendanceDayPage({ search }: { search: AttendanceDaySearch }) {
  const { t } = useTranslation();
  const { session, can } = useSession();
  const { today, formatTimeRange } = useCentreTime();
  const navigate = useNavigate();
  const date = search.date || today();
  const mayListAll = can('attendance.takeAny') || can('attendance.readAll');
  const onlyMine = !mayListAll || search.onlyMine;
  const day = useHearthQuery('schedule.range', { from: date, to: date, facilitatorId: onlyMine ? session.staffId : null });
  const setSearch = (next: Partial<AttendanceDaySearch>) => void navigate({ to: '/attendance', search: { ...search, ...next }, replace: true });

  const columns: DataTableColumn<ScheduledOccurrence>[] = [
    { id: 'time', header: t('attendance.list.columns.time'), cell: (o) => formatTimeRange(o.startsAt, o.endsAt) },
    {
      id: 'session',
      header: t('attendance.list.columns.session'),
      cell: (o) =>
        o.status === 'cancelled' ? (
          <Group gap="xs">
            {o.title}
            <Badge variant="outline" color="gray.8">
              {t('attendance.list.cancelled')}
            </Badge>
          </Group>
        ) : (
          <TakeAttendanceLink occurrenceId={o.id} title={o.title} />
        ),
    },
    { id: 'location', header: t('attendance.list.columns.location'), cell: (o) => o.location.name },
    { id: 'participants', header: t('attendance.list.columns.participants'), cell: (o) => o.participants.length },
  ];

  return (
    <Stack gap="lg">
      <PageHeader title={t('attendance.list.title')}>
        {can('attendance.read') && <AppLink to="/reports/participation">{t('attendance.list.report')}</AppLink>}
      </PageHeader>
      <Group align="flex-end">
        <DateField label={t('attendance.list.date')} value={date} onChange={(value) => isRealCalendarDate(value) && setSearch({ date: value })} w={220} />
        {mayListAll && <Switch label={t('attendance.list.onlyMine')} checked={onlyMine} onChange={(event) => setSearch({ onlyMine: event.currentTarget.checked })} />}
      </Group>
      <ErrorAlert error={day.error} />
      <DataTable label={t('attendance.list.caption', { n: day.data?.occurrences.length ?? 0 })} columns={columns} rows={day.data?.occurrences ?? []} rowKey={(o) => o.id} loading={day.busy} emptyText={t('attendance.list.empty')} />
    </Stack>
  );
}
