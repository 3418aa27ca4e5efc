import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RECENT_WINDOW_DAYS } from '../../../shared/contract/attendance';
import { addDays, isRealCalendarDate } from '../../../shared/dates';
import { DateField } from '../../app/DateField';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { PageHeader } from '../../app/PageHeader';
import { useHearthQuery } from '../../app/queries';
import type { ParticipationSearch } from '../../app/routeSearch';
import { useCentreTime } from '../../app/useCentreTime';
import { ExportParticipationButton } from './ExportParticipationButton';
import { ParticipationCharts } from './ParticipationCharts';
import { ParticipationTable } from './ParticipationTable';

const GROUPINGS = ['byActivityType', 'bySeries', 'byResident'] as const;

/** Attendance and engagement over a period (the last four weeks unless chosen), as charts, tables and a CSV file. */
export function ParticipationReportPage({ search }: { search: ParticipationSearch }) {
  const { t } = useTranslation();
  const { today } = useCentreTime();
  const navigate = useNavigate();
  const to = search.to || today();
  const from = search.from || addDays(to, 1 - RECENT_WINDOW_DAYS);
  const period = { from, to };
  const report = useHearthQuery('attendance.participation', period, { enabled: from <= to });
  const data = report.data;
  const setPeriod = (next: Partial<ParticipationSearch>) => void navigate({ to: '/reports/participation', search: { ...search, from, to, ...next }, replace: true });

  return (
    <Stack gap="lg">
      <PageHeader title={t('attendance.report.title')}>
        <ExportParticipationButton period={period} disabled={!data || from > to} />
      </PageHeader>
      <Group align="flex-end" role="group" aria-label={t('attendance.report.period')}>
        <DateField label={t('attendance.report.from')} value={from} onChange={(value) => isRealCalendarDate(value) && setPeriod({ from: value })} w={220} />
        <DateField label={t('attendance.report.to')} value={to} onChange={(value) => isRealCalendarDate(value) && setPeriod({ to: value })} w={220} error={from > to ? t('validation.endBeforeStart') : undefined} />
      </Group>
      <ErrorAlert error={report.error} />
      {!data ? (
        from <= to && <LoadingIndicator />
      ) : (
        <>
          {data.scope === 'own' && (
            <Alert color="blue" variant="light">
              {t('attendance.report.scopeOwn')}
            </Alert>
          )}
          <Text>{t('attendance.report.summary', { taken: data.occurrencesTaken, held: data.occurrences })}</Text>
          <ParticipationCharts report={data} />
          {GROUPINGS.map((grouping) => (
            <section key={grouping} aria-labelledby={`participation-${grouping}`}>
              <Title order={2} size="h4" id={`participation-${grouping}`} mb="xs">
                {t(`attendance.report.${grouping}`)}
              </Title>
              <ParticipationTable label={t(`attendance.report.${grouping}`)} rows={data[grouping]} />
            </section>
          ))}
        </>
      )}
    </Stack>
  );
}
