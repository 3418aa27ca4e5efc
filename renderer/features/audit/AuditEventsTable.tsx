import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../shared/contract/audit';
import { useCentreTime } from '../../app/useCentreTime';
import { actionKey, summarizeDetails } from './summarizeDetails';

/** Audit rows, newest first as the core returns them. `residentNames` turns ids into names when known. */
export function AuditEventsTable({ events, caption, residentNames }: { events: AuditEvent[]; caption: string; residentNames: Map<string, string> }) {
  const centre = useCentreTime();
  const { t } = useTranslation();
  const record = (event: AuditEvent) => {
    if (event.residentId && residentNames.has(event.residentId)) return residentNames.get(event.residentId);
    if (!event.entityType) return '—';
    const type = t(`audit.entities.${event.entityType}`, { defaultValue: event.entityType });
    return event.entityId ? `${type} ${event.entityId.slice(0, 8)}` : type;
  };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>{t('audit.columns.time')}</Table.Th>
            <Table.Th>{t('audit.columns.person')}</Table.Th>
            <Table.Th>{t('audit.columns.action')}</Table.Th>
            <Table.Th>{t('audit.columns.record')}</Table.Th>
            <Table.Th>{t('audit.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>{event.seq}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{centre.formatInstant(event.occurredAt)}</Table.Td>
              <Table.Td>{event.actorName ?? '—'}</Table.Td>
              <Table.Td>{t(actionKey(event.action), { defaultValue: event.action })}</Table.Td>
              <Table.Td>{record(event)}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{summarizeDetails(t, event.details)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
