import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors';
import { AppLink } from '../../app/links';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { PageHeader } from '../../app/PageHeader';
import { useHearthQuery } from '../../app/queries';
import { AttendanceSheet } from './AttendanceSheet';

/** The attendance sheet of one occurrence on its own page, with the way back to the day's sessions. */
export function AttendanceSheetPage({ occurrenceId }: { occurrenceId: string }) {
  const { t } = useTranslation();
  const sheet = useHearthQuery('attendance.sheet', { occurrenceId });
  if (sheet.error) return <ErrorAlert error={sheet.error} />;
  if (!sheet.data) return <LoadingIndicator />;
  const { occurrence } = sheet.data;
  return (
    <Stack gap="lg">
      <PageHeader title={t('attendance.sheet.title', { title: occurrence.title })}>
        <AppLink to="/attendance" search={{ date: occurrence.localDate }}>
          {t('attendance.sheet.back')}
        </AppLink>
      </PageHeader>
      <AttendanceSheet occurrenceId={occurrenceId} />
    </Stack>
  );
}
