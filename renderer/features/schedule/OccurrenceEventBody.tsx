import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduledOccurrence } from '../../../shared/contract/schedule';

/**
 * What an event shows: its title, struck through and said to be cancelled when it is (in words, so
 * the difference is not one of colour alone, and a screen reader hears it too).
 */
export function OccurrenceEventBody({ occurrence }: { occurrence: ScheduledOccurrence }) {
  const { t } = useTranslation();
  if (occurrence.status === 'scheduled') return occurrence.title;
  return (
    <Text span inherit td="line-through">
      {t('schedule.event.cancelled', { title: occurrence.title })}
    </Text>
  );
}
