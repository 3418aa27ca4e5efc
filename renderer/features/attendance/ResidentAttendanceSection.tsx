import { LineChart } from '@mantine/charts';
import { Alert, Badge, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SeriesAttendance } from '../../../shared/contract/attendance';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useHearthQuery } from '../../app/queries';
import { useCentreTime } from '../../app/useCentreTime';
import { RateText } from './RateText';

/** A resident's attendance on their page: rates over four weeks and the stay, per series, the flag, and engagement by week. */
export function ResidentAttendanceSection({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const { formatDate } = useCentreTime();
  const attendance = useHearthQuery('attendance.resident', { residentId });

  const body = () => {
    if (attendance.error) return <ErrorAlert error={attendance.error} />;
    if (!attendance.data) return <LoadingIndicator />;
    const data = attendance.data;
    const flagged = data.series.filter((series) => series.flagged);
    const columns: DataTableColumn<SeriesAttendance>[] = [
      { id: 'series', header: t('attendance.resident.columns.series'), cell: (s) => s.title },
      { id: 'recent', header: t('attendance.resident.columns.lastFourWeeks'), cell: (s) => <RateText rate={s.lastFourWeeks} /> },
      { id: 'stay', header: t('attendance.resident.columns.sinceAdmission', { date: formatDate(data.admissionDate) }), cell: (s) => <RateText rate={s.sinceAdmission} /> },
      { id: 'excused', header: t('attendance.resident.columns.excused'), cell: (s) => s.sinceAdmission.excused },
      { id: 'run', header: t('attendance.resident.columns.run'), cell: (s) => s.consecutiveUnexcusedAbsences },
      {
        id: 'flag',
        header: t('attendance.resident.columns.flag'),
        cell: (s) =>
          s.flagged ? (
            <Badge color="red.9" variant="filled">
              {t('attendance.resident.flagged')}
            </Badge>
          ) : (
            t('attendance.resident.notFlagged')
          ),
      },
    ];
    const weeks = data.engagementByWeek.filter((week) => week.average !== null);
    return (
      <Stack gap="md">
        {data.scope === 'own' && <Text c="dimmed">{t('attendance.resident.scopeOwn')}</Text>}
        {flagged.length > 0 && (
          <Alert color="red" variant="light" role="status">
            {t('attendance.resident.flag', { series: flagged.map((s) => s.title).join(', ') })}
          </Alert>
        )}
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content auto', gap: '4px 24px', margin: 0 }} aria-label={t('attendance.resident.overallCaption')}>
          <dt>{t('attendance.resident.columns.lastFourWeeks')}</dt>
          <dd style={{ margin: 0 }}>
            <RateText rate={data.overall.lastFourWeeks} />
          </dd>
          <dt>{t('attendance.resident.columns.sinceAdmission', { date: formatDate(data.admissionDate) })}</dt>
          <dd style={{ margin: 0 }}>
            <RateText rate={data.overall.sinceAdmission} />
          </dd>
        </dl>
        <Text size="sm" c="dimmed">
          {t('attendance.resident.rule')}
        </Text>
        <DataTable label={t('attendance.resident.seriesCaption')} columns={columns} rows={data.series} rowKey={(s) => s.sessionId} emptyText={t('attendance.resident.noMarks')} />
        <Title order={3} size="h5">
          {t('attendance.resident.engagementTitle')}
        </Title>
        {weeks.length === 0 ? (
          <Text>{t('attendance.resident.engagementEmpty')}</Text>
        ) : (
          <LineChart
            h={200}
            data={data.engagementByWeek.map((week) => ({ week: formatDate(week.weekStart), average: week.average }))}
            dataKey="week"
            connectNulls
            yAxisProps={{ domain: [0, 3] }}
            series={[{ name: 'average', label: t('attendance.resident.engagementTitle'), color: 'indigo.8' }]}
          />
        )}
      </Stack>
    );
  };

  return (
    <section aria-labelledby="resident-attendance-heading">
      <Title order={2} size="h3" mb="sm" id="resident-attendance-heading">
        {t('attendance.resident.title')}
      </Title>
      {body()}
    </section>
  );
}
