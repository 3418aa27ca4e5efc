import { useTranslation } from 'react-i18next';
import type { ResidentStatusEvent } from '../../../shared/contract/residents';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { useCentreTime } from '../../app/useCentreTime';

/** Admissions, discharges, readmissions and program changes, oldest first, as recorded (never edited). */
export function StatusHistoryTable({ events }: { events: ResidentStatusEvent[] }) {
  const centre = useCentreTime();
  const { t } = useTranslation();
  const columns: DataTableColumn<ResidentStatusEvent>[] = [
    { id: 'kind', header: t('residents.history.kind'), cell: (event) => t(`residents.eventKind.${event.kind}`) },
    { id: 'effectiveDate', header: t('residents.history.effectiveDate'), cell: (event) => centre.formatDate(event.effectiveDate) },
    { id: 'program', header: t('residents.fields.program'), cell: (event) => t(`residents.program.${event.program}`) },
    { id: 'reason', header: t('residents.fields.reason'), cell: (event) => (event.dischargeReason ? t(`residents.dischargeReason.${event.dischargeReason}`) : '—') },
    { id: 'note', header: t('residents.fields.note'), cell: (event) => event.note || '—', cellStyle: { whiteSpace: 'pre-wrap' } },
    { id: 'recordedAt', header: t('residents.history.recordedAt'), cell: (event) => centre.formatInstant(event.recordedAt) },
    { id: 'recordedBy', header: t('residents.history.recordedBy'), cell: (event) => event.recordedByName ?? '—' },
  ];
  // Every resident has at least their admission, so the empty text is only a safeguard.
  return <DataTable label={t('residents.history.caption')} columns={columns} rows={events} rowKey={(event) => event.id} emptyText={t('residents.history.none')} minWidth={800} />;
}
