import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NamedRef, ScheduledOccurrence } from '../../../shared/contract/schedule';
import { useCentreTime } from '../../app/useCentreTime';

const names = (refs: readonly NamedRef[]) => (refs.length === 0 ? '—' : refs.map((ref) => ref.name).join(', '));

/** What an occurrence is: when, where, who and with what; whether it is cancelled or changed on its own. */
export function OccurrenceDetails({ occurrence }: { occurrence: ScheduledOccurrence }) {
  const { t } = useTranslation();
  const { formatTimeRange } = useCentreTime();
  const rows: Array<[string, string]> = [
    [t('schedule.fields.when'), formatTimeRange(occurrence.startsAt, occurrence.endsAt)],
    [t('schedule.fields.activityType'), occurrence.activityName],
    [t('schedule.fields.location'), occurrence.location.name],
    [t('schedule.fields.facilitators'), names(occurrence.facilitators)],
    [t('schedule.fields.participants'), names(occurrence.participants)],
    [t('schedule.fields.resources'), names(occurrence.resources)],
    [t('schedule.fields.capacity'), String(occurrence.capacity)],
  ];
  return (
    <Stack gap="sm">
      {/* Plain text, not coloured badges: the words carry the state, in both colour schemes. */}
      <Group gap="md">
        <Text fw={700}>{t(`schedule.status.${occurrence.status}`)}</Text>
        {occurrence.isException && <Text>{t('schedule.occurrence.exception')}</Text>}
        {occurrence.recurring && <Text>{t('schedule.occurrence.recurring')}</Text>}
      </Group>
      {occurrence.cancelReason && <Text>{t('schedule.occurrence.cancelReason', { reason: occurrence.cancelReason })}</Text>}
      <Table variant="vertical" layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={140}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {occurrence.capacityOverrideReason && <Text size="sm">{t('schedule.occurrence.overrideReason', { reason: occurrence.capacityOverrideReason })}</Text>}
    </Stack>
  );
}
