import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type ParticipationRow } from '../../../shared/contract/attendance';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { percentText } from './RateText';

/** One grouping of the participation report (residents, series or activity types) as a table. */
export function ParticipationTable({ label, rows }: { label: string; rows: ParticipationRow[] }) {
  const { t } = useTranslation();
  const columns: DataTableColumn<ParticipationRow>[] = [
    { id: 'name', header: t('attendance.report.columns.name'), cell: (row) => row.label },
    ...ATTENDANCE_STATUSES.map((status) => ({ id: status, header: t(`attendance.statuses.${status}`), cell: (row: ParticipationRow) => row.counts[status] })),
    { id: 'rate', header: t('attendance.report.columns.rate'), cell: (row) => percentText(t, row.rate) },
    { id: 'engagement', header: t('attendance.report.columns.engagement'), cell: (row) => (row.engagementAverage === null ? t('attendance.engagement.none') : row.engagementAverage.toFixed(1)) },
  ];
  return <DataTable label={label} columns={columns} rows={rows} rowKey={(row) => row.id} emptyText={t('attendance.report.empty')} />;
}
