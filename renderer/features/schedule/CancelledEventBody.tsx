import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduledOccurrence } from '../../../shared/contract/schedule';

/**
 * A cancelled occurrence's event: its title struck through and said to be cancelled (in words, so
 * the difference is not one of colour alone, and a screen reader hears it too). A scheduled one
 * shows its plain title (no component per event: a busy week has hundreds).
 */
export function CancelledEventBody({ occurrence }: { occurrence: ScheduledOccurrence }) {
  const { t } = useTranslation();
  return (
    <Text span inherit td="line-through">
      {t('schedule.event.cancelled', { title: occurrence.title })}
    </Text>
  );
}
