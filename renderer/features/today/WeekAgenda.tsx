import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduledOccurrence } from '../../../shared/contract/schedule';
import { addDays, firstDayOfWeek, startOfWeek } from '../../../shared/dates';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useHearthQuery } from '../../app/queries';
import { ActivityChip } from './ActivityChip';
import { calendarHref } from './calendarLink';
import { useWallClock } from './useWallClock';

/** Whose week: a resident's (their page) or a facilitator's ("My week"). */
export type WeekOf = { residentId: string } | { facilitatorId: string };

/**
 * One person's week as a day-by-day agenda, with the previous and next weeks a click away. Shared
 * by the resident's page and "My week"; its messages are the today area's (this file's folder).
 */
export function WeekAgenda({ of, headingId }: { of: WeekOf; headingId: string }) {
  const { t } = useTranslation();
  const clock = useWallClock();
  // Any day of the shown week; the week starts on the language's first weekday.
  const [anchor, setAnchor] = useState(clock.today);
  const from = startOfWeek(anchor, firstDayOfWeek(clock.language));
  const to = addDays(from, 6);
  const week = useHearthQuery('schedule.range', { from, to, ...of });
  const days = Array.from({ length: 7 }, (_, index) => addDays(from, index));
  const byDay = (day: string) => (week.data?.occurrences ?? []).filter((occurrence) => occurrence.localDate === day);

  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id={headingId}>
          {t('today.week.range', { from: clock.day(from), to: clock.day(to) })}
        </Title>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => setAnchor(addDays(from, -7))}>
            {t('today.week.previous')}
          </Button>
          <Button variant="default" size="xs" onClick={() => setAnchor(clock.today())}>
            {t('today.week.backToThisWeek')}
          </Button>
          <Button variant="default" size="xs" onClick={() => setAnchor(addDays(from, 7))}>
            {t('today.week.next')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={week.error} />
      {!week.data && !week.error && <LoadingIndicator />}
      {week.data && week.data.occurrences.length === 0 && <Text c="dimmed">{t('today.week.empty')}</Text>}
      {week.data && week.data.occurrences.length > 0 && (
        <Stack gap="sm">
          {days.map((day) => (
            <div key={day}>
              <Title order={3} size="h5">
                {clock.day(day)}
              </Title>
              <DayAgenda occurrences={byDay(day)} />
            </div>
          ))}
        </Stack>
      )}
    </section>
  );
}

function DayAgenda({ occurrences }: { occurrences: ScheduledOccurrence[] }) {
  const { t } = useTranslation();
  const clock = useWallClock();
  if (occurrences.length === 0) return <Text c="dimmed">{t('today.week.noSession')}</Text>;
  return (
    <List listStyleType="none" spacing={4}>
      {occurrences.map((occurrence) => (
        <List.Item key={occurrence.id}>
          <Group gap="xs" wrap="nowrap">
            <ActivityChip colour={occurrence.colour} />
            <Text span>{clock.span(occurrence)}</Text>
            <Anchor href={calendarHref(occurrence.localDate)} td={occurrence.status === 'cancelled' ? 'line-through' : undefined}>
              {occurrence.title}
            </Anchor>
            <Text span c="dimmed">
              {occurrence.location.name}
            </Text>
            {occurrence.status === 'cancelled' && (
              <Text span fw={500}>
                {t('today.occurrence.cancelled', { reason: occurrence.cancelReason ?? '' })}
              </Text>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
