import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduledOccurrence } from '../../../shared/contract/schedule';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { ActivityChip } from './ActivityChip';
import { calendarHref } from './calendarLink';
import { useWallClock } from './useWallClock';

/** The board's Now or Later list: time, session (opens the calendar at its day), place, facilitators, how many take part. */
export function OccurrenceTable({ label, occurrences, emptyText, loading }: { label: string; occurrences: ScheduledOccurrence[]; emptyText: string; loading: boolean }) {
  const { t } = useTranslation();
  const clock = useWallClock();
  const columns: DataTableColumn<ScheduledOccurrence>[] = [
    { id: 'time', header: t('today.occurrence.timeHeader'), cell: (o) => clock.span(o), cellStyle: { whiteSpace: 'nowrap' } },
    {
      id: 'title',
      header: t('today.occurrence.session'),
      cell: (o) => (
        <Group gap="xs" wrap="nowrap">
          <ActivityChip colour={o.colour} />
          <Anchor href={calendarHref(o.localDate)} aria-label={t('today.occurrence.openInCalendar', { title: o.title, time: clock.span(o) })}>
            {o.title}
          </Anchor>
        </Group>
      ),
    },
    { id: 'place', header: t('today.occurrence.place'), cell: (o) => o.location.name },
    { id: 'facilitators', header: t('today.occurrence.facilitators'), cell: (o) => o.facilitators.map((f) => f.name).join(', ') },
    { id: 'participants', header: t('today.occurrence.participantsHeader'), cell: (o) => t('today.occurrence.participants', { count: o.participants.length }) },
  ];
  return <DataTable label={label} columns={columns} rows={occurrences} rowKey={(o) => o.id} emptyText={emptyText} loading={loading} minWidth={700} />;
}
