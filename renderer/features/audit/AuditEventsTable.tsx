import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../shared/contract/audit';
import { DataTable, type DataTableColumn, type DataTablePaging } from '../../app/DataTable';
import { useCentreTime } from '../../app/useCentreTime';
import { actionKey, summarizeDetails } from './summarizeDetails';
import { translateMessageKey } from '../../i18n/messageKeys';

interface AuditEventsTableProps {
  events: AuditEvent[];
  caption: string;
  /** Turns resident ids into names when known. */
  residentNames: Map<string, string>;
  loading?: boolean;
  emptyText?: string;
  /** Server-side pages of the trail (audit.list's limit and offset). */
  paging?: DataTablePaging;
}

/** Audit rows, newest first as the core returns them. */
export function AuditEventsTable({ events, caption, residentNames, loading = false, emptyText, paging }: AuditEventsTableProps) {
  const centre = useCentreTime();
  const { t } = useTranslation();
  const record = (event: AuditEvent) => {
    if (event.residentId && residentNames.has(event.residentId)) return residentNames.get(event.residentId);
    if (!event.entityType) return '—';
    const type = translateMessageKey(t, `audit.entities.${event.entityType}`, event.entityType);
    return event.entityId ? `${type} ${event.entityId.slice(0, 8)}` : type;
  };
  const columns: DataTableColumn<AuditEvent>[] = [
    { id: 'seq', header: '#', cell: (event) => event.seq },
    { id: 'time', header: t('audit.columns.time'), cell: (event) => centre.formatInstant(event.occurredAt), cellStyle: { whiteSpace: 'nowrap' } },
    { id: 'person', header: t('audit.columns.person'), cell: (event) => event.actorName ?? '—' },
    { id: 'action', header: t('audit.columns.action'), cell: (event) => t(actionKey(event.action), { defaultValue: event.action }) },
    { id: 'record', header: t('audit.columns.record'), cell: record },
    { id: 'details', header: t('audit.columns.details'), cell: (event) => summarizeDetails(t, event.details), cellStyle: { wordBreak: 'break-word' } },
  ];
  return (
    <DataTable
      label={caption}
      columns={columns}
      rows={events}
      rowKey={(event) => event.id}
      loading={loading}
      emptyText={emptyText ?? t('audit.none')}
      minWidth={900}
      paging={paging}
    />
  );
}
