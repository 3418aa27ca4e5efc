import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PreviewChangeInput } from '../../../shared/contract/schedule';
import { isRealCalendarDate } from '../../../shared/dates';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useHearthQuery, type HearthQuery } from '../../app/queries';
import type { OutputOf } from '../../../shared/contract';
import { ClashList } from '../schedule/ClashList';

type AvailabilityChange = Extract<PreviewChangeInput, { kind: 'resourceOutOfService' | 'staffAbsence' }>;

/** A well-formed period: both dates real and in order (otherwise the form shows what to fix, and nothing is asked). */
export function availabilityChange(change: AvailabilityChange): AvailabilityChange | null {
  const { startsOn, endsOn } = change;
  const subject = change.kind === 'staffAbsence' ? change.staffId : change.resourceId;
  return subject && isRealCalendarDate(startsOn) && isRealCalendarDate(endsOn) && endsOn >= startsOn ? change : null;
}

/**
 * The one conflict check's answer for a period someone is away or a resource is out of service:
 * the future sessions it would leave without their facilitator or horse. Saving the period does not
 * touch them; the person sees them first, and moves them afterwards.
 */
export function useAvailabilityPreview(change: AvailabilityChange | null): HearthQuery<OutputOf<'schedule.previewChange'>> & { ready: boolean } {
  // A disabled query still needs an input of the right shape; it is never sent.
  const query = useHearthQuery('schedule.previewChange', change ?? { kind: 'staffAbsence', staffId: '', startsOn: '', endsOn: '' }, { enabled: change !== null });
  return { ...query, ready: change !== null && !query.busy && (query.data !== undefined || query.error !== null) };
}

export function AvailabilityPreview({ preview, asked }: { preview: HearthQuery<OutputOf<'schedule.previewChange'>>; asked: boolean }) {
  const { t } = useTranslation();
  const clashing = preview.data?.occurrences.filter((occurrence) => occurrence.clashes.length > 0).length ?? 0;
  return (
    <Stack gap="xs" aria-live="polite">
      <Title order={3} size="h5">
        {t('scheduleSetup.preview.heading')}
      </Title>
      {!asked && <Text size="sm">{t('scheduleSetup.preview.fillDates')}</Text>}
      {asked && preview.busy && (
        <Text size="sm">
          <LoadingIndicator size="xs" /> {t('scheduleSetup.preview.checking')}
        </Text>
      )}
      {asked && <ErrorAlert error={preview.error} />}
      {asked && preview.data && !preview.busy && (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Text fw={600}>{t('scheduleSetup.preview.clashCount', { count: clashing })}</Text>
            <ClashList preview={preview.data} />
            {clashing > 0 && <Text size="sm">{t('scheduleSetup.preview.advice')}</Text>}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
