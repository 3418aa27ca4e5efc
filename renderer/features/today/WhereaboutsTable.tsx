import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TodayBoard, Whereabouts } from '../../../shared/contract/schedule';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { useSession } from '../../app/session';
import { AttendanceFlag } from '../attendance/AttendanceFlag';
import { useAttendanceFlags } from '../attendance/useAttendanceFlags';
import { useWallClock } from './useWallClock';

type BoardResident = TodayBoard['residents'][number];

/** Each resident in residence: where they are expected right now (or free time) and their next session today. */
export function WhereaboutsTable({ residents, loading }: { residents: BoardResident[]; loading: boolean }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const clock = useWallClock();
  const flags = useAttendanceFlags();
  const at = (where: Whereabouts) => t('today.residents.at', { title: where.title, place: where.location.name });
  const columns: DataTableColumn<BoardResident>[] = [
    {
      id: 'name',
      header: t('today.residents.name'),
      // Only those who may open the register get a link to it (an administrator reads the board, not the records).
      cell: (resident) => (
        <>
          {can('residents.read') ? <Anchor href={`#/residents/${resident.id}`}>{resident.name}</Anchor> : resident.name}
          <AttendanceFlag flagged={flags.get(resident.id)} />
        </>
      ),
    },
    { id: 'house', header: t('today.residents.house'), cell: (resident) => [resident.house, resident.room].filter(Boolean).join(', ') || '—' },
    { id: 'now', header: t('today.residents.now'), cell: (resident) => (resident.now ? at(resident.now) : t('today.residents.freeTime')) },
    {
      id: 'next',
      header: t('today.residents.next'),
      cell: (resident) => (resident.next ? t('today.residents.nextAt', { time: clock.time(resident.next.startsAt), title: resident.next.title, place: resident.next.location.name }) : t('today.residents.nothingLater')),
    },
  ];
  return (
    <DataTable
      label={t('today.residents.caption', { count: residents.length })}
      columns={columns}
      rows={residents}
      rowKey={(resident) => resident.id}
      emptyText={t('today.residents.none')}
      loading={loading}
      minWidth={700}
    />
  );
}
