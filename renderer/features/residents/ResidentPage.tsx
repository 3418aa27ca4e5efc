import { Button, Stack, Title } from '@mantine/core';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { ErrorAlert } from '../../app/errors';
import { fullName } from '../../app/format';
import { notifySuccess } from '../../app/notify';
import { PageHeader } from '../../app/PageHeader';
import { useNavigate } from '@tanstack/react-router';
import { useSession } from '../../app/session';
import { useOpeningId } from '../../app/useOpeningId';
import { useHearthQuery } from '../../app/queries';
import { WeekAgenda } from '../today/WeekAgenda';
import { ResidentAttendanceSection } from '../attendance/ResidentAttendanceSection';
import { ResidentNotesSection } from '../notes/ResidentNotesSection';
import { DischargeModal } from './DischargeModal';
import { ReadmitModal } from './ReadmitModal';
import { ResidentDetailsView } from './ResidentDetailsView';
import { StatusHistoryTable } from './StatusHistoryTable';

/** One resident: details, the actions their status allows, and the status history. */
export function ResidentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  // The opening id is part of the query key: a refresh after a discharge never counts as another opening.
  const resident = useHearthQuery('residents.get', { id, openingId: useOpeningId(id) });
  const [dialog, setDialog] = useState<'discharge' | 'readmit' | null>(null);
  // Why the last discharge or readmission was refused because the record had changed elsewhere.
  const [conflict, setConflict] = useState<AppError | null>(null);

  if (resident.error) return <ErrorAlert error={resident.error} />;
  if (!resident.data) return <LoadingIndicator />;
  const current = resident.data;
  const canWrite = can('residents.write');

  function done(message: string) {
    setDialog(null);
    // The write refreshed the residents' reads, this page among them.
    notifySuccess(message);
  }

  // E.g. discharged in another window: show the stored record and say why nothing was done.
  function refused(error: AppError) {
    setDialog(null);
    setConflict(error);
    resident.refetch();
  }

  function open(which: 'discharge' | 'readmit') {
    setConflict(null);
    setDialog(which);
  }

  return (
    <Stack gap="lg">
      <PageHeader title={fullName(current)}>
        {canWrite && (
          <Button variant="default" onClick={() => void navigate({ to: '/residents/$id/edit', params: { id: current.id } })}>
            {t('residents.page.edit')}
          </Button>
        )}
        {canWrite && current.status === 'admitted' && (
          <Button color="red" variant="outline" onClick={() => open('discharge')}>
            {t('residents.discharge.open')}
          </Button>
        )}
        {canWrite && current.status === 'discharged' && <Button onClick={() => open('readmit')}>{t('residents.readmit.open')}</Button>}
      </PageHeader>

      <ErrorAlert error={conflict} />

      <section aria-labelledby="resident-details-heading">
        <Title order={2} size="h3" mb="sm" id="resident-details-heading">
          {t('residents.page.details')}
        </Title>
        <ResidentDetailsView resident={current} />
      </section>

      <section aria-labelledby="resident-history-heading">
        <Title order={2} size="h3" mb="sm" id="resident-history-heading">
          {t('residents.history.title')}
        </Title>
        <StatusHistoryTable events={current.history} />
      </section>

      {can('schedule.read') && <WeekAgenda of={{ residentId: current.id }} headingId="resident-week-heading" />}
      {can('attendance.read') && <ResidentAttendanceSection residentId={current.id} />}
      <ResidentNotesSection residentId={current.id} />

      {canWrite && (
        <>
          {/* Mounted while open: a dialog closed with its typing dropped starts empty next time. */}
          {dialog === 'discharge' && <DischargeModal resident={current} opened onClose={() => setDialog(null)} onDone={() => done(t('residents.discharge.done'))} onConflict={refused} />}
          {dialog === 'readmit' && <ReadmitModal resident={current} opened onClose={() => setDialog(null)} onDone={() => done(t('residents.readmit.done'))} onConflict={refused} />}
        </>
      )}
    </Stack>
  );
}
