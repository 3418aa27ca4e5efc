import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentStatusEvent } from '../../../shared/contract/residents';
import { useCentreTime } from '../../app/useCentreTime';

/** Admissions, discharges, readmissions and program changes, oldest first, as recorded (never edited). */
export function StatusHistoryTable({ events }: { events: ResidentStatusEvent[] }) {
  const centre = useCentreTime();
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped withTableBorder>
        <Table.Caption>{t('residents.history.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('residents.history.kind')}</Table.Th>
            <Table.Th>{t('residents.history.effectiveDate')}</Table.Th>
            <Table.Th>{t('residents.fields.program')}</Table.Th>
            <Table.Th>{t('residents.fields.reason')}</Table.Th>
            <Table.Th>{t('residents.fields.note')}</Table.Th>
            <Table.Th>{t('residents.history.recordedAt')}</Table.Th>
            <Table.Th>{t('residents.history.recordedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>{t(`residents.eventKind.${event.kind}`)}</Table.Td>
              <Table.Td>{centre.formatDate(event.effectiveDate)}</Table.Td>
              <Table.Td>{t(`residents.program.${event.program}`)}</Table.Td>
              <Table.Td>{event.dischargeReason ? t(`residents.dischargeReason.${event.dischargeReason}`) : '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{event.note || '—'}</Table.Td>
              <Table.Td>{centre.formatInstant(event.recordedAt)}</Table.Td>
              <Table.Td>{event.recordedByName ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
