import { BarChart } from '@mantine/charts';
import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type ParticipationReport } from '../../../shared/contract/attendance';

/** Shades dark enough to tell apart beside each other and against both themes' backgrounds. */
const STATUS_COLOURS: Record<AttendanceStatus, string> = { present: 'teal.8', late: 'yellow.8', leftEarly: 'orange.8', excused: 'gray.6', absent: 'red.8' };
/**
 * A centre runs dozens of series: a bar each is unreadable (no room for their names). The chart
 * shows those with the lowest attendance, named, where a manager looks first; the table below
 * lists every series.
 */
const LOWEST_SERIES_SHOWN = 12;

/** The report's two charts, each a figure with a heading and a sentence saying what it draws. */
export function ParticipationCharts({ report }: { report: ParticipationReport }) {
  const { t } = useTranslation();
  const activityId = useId();
  const seriesId = useId();
  const byActivity = report.byActivityType.map((row) => ({ label: row.label, ...row.counts }));
  const bySeries = report.bySeries
    .filter((row) => row.rate !== null)
    .map((row) => ({ label: row.label, rate: Math.round((row.rate ?? 0) * 100) }))
    .sort((a, b) => a.rate - b.rate || a.label.localeCompare(b.label))
    .slice(0, LOWEST_SERIES_SHOWN);

  return (
    <Stack gap="xl">
      <figure aria-labelledby={`${activityId}-title`} aria-describedby={`${activityId}-description`} style={{ margin: 0 }}>
        <Title order={2} size="h4" id={`${activityId}-title`}>
          {t('attendance.report.byActivityChart')}
        </Title>
        <Text size="sm" id={`${activityId}-description`} mb="sm">
          {t('attendance.report.byActivityChartDescription')}
        </Text>
        <BarChart
          h={260}
          data={byActivity}
          dataKey="label"
          type="stacked"
          withLegend
          series={ATTENDANCE_STATUSES.map((status) => ({ name: status, label: t(`attendance.statuses.${status}`), color: STATUS_COLOURS[status] }))}
        />
      </figure>
      <figure aria-labelledby={`${seriesId}-title`} style={{ margin: 0 }}>
        <Title order={2} size="h4" id={`${seriesId}-title`} mb="sm">
          {t('attendance.report.bySeriesChart', { count: bySeries.length })}
        </Title>
        <BarChart
          h={40 + 28 * Math.max(bySeries.length, 1)}
          data={bySeries}
          dataKey="label"
          orientation="vertical"
          // Not `unit`: with vertical bars Mantine puts it after the series' names on the label axis.
          valueFormatter={(value) => `${value} %`}
          xAxisProps={{ domain: [0, 100] }}
          yAxisProps={{ width: 220 }}
          series={[{ name: 'rate', label: t('attendance.report.rateSeries'), color: 'blue.8' }]}
        />
      </figure>
    </Stack>
  );
}
