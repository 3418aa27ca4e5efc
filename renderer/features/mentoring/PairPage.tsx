import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringMeeting } from '../../../shared/contract/mentoring';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { PageHeader } from '../../app/PageHeader';
import { useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { useCentreTime } from '../../app/useCentreTime';
import { EndPairModal } from './EndPairModal';
import { GapFlag } from './GapFlag';
import { LogMeetingModal } from './LogMeetingModal';
import { MeetingNoteLink } from './MeetingNoteLink';

/** One mentoring pair: its gap flag and its meetings (a private note only when the core sent it). */
export function PairPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const { can } = useSession();
  const pair = useHearthQuery('mentoring.getPair', { id });
  const [dialog, setDialog] = useState<'log' | 'end' | null>(null);

  if (pair.error) return <ErrorAlert error={pair.error} />;
  if (!pair.data) return <LoadingIndicator />;
  const current = pair.data;

  const columns: DataTableColumn<MentoringMeeting>[] = [
    { id: 'date', header: t('mentoring.fields.heldOn'), cell: (m) => centre.formatDate(m.heldOn) },
    { id: 'duration', header: t('mentoring.fields.duration'), cell: (m) => m.durationMinutes },
    { id: 'topics', header: t('mentoring.fields.topics'), cell: (m) => m.topics.join(', ') || '—' },
    { id: 'note', header: t('mentoring.fields.privateNote'), cell: (m) => (m.privateNoteHidden ? t('mentoring.pair.hiddenNote') : (m.privateNote ?? '—')) },
    { id: 'by', header: t('mentoring.fields.recordedBy'), cell: (m) => m.recordedByName ?? '—' },
    ...(can('notes.read') ? [{ id: 'groupNote', header: t('mentoring.pair.note'), cell: (m: MentoringMeeting) => <MeetingNoteLink meeting={m} /> }] : []),
  ];

  return (
    <Stack gap="lg">
      <PageHeader title={t('mentoring.pair.title', { resident: current.residentName, mentor: current.mentorName })}>
        {current.mayLogMeeting && <Button onClick={() => setDialog('log')}>{t('mentoring.log.open')}</Button>}
        {current.mayEnd && (
          <Button color="red" variant="outline" onClick={() => setDialog('end')}>
            {t('mentoring.end.open')}
          </Button>
        )}
      </PageHeader>
      {current.flagged && (
        <Alert color="red" title={t('mentoring.flagShort')}>
          <GapFlag days={current.daysWithoutMeeting} />
        </Alert>
      )}
      <Text size="sm">
        {current.endsOn ? t('mentoring.status.ended', { date: centre.formatDate(current.endsOn) }) : `${t('mentoring.fields.startsOn')}: ${centre.formatDate(current.startsOn)}`} · {t('mentoring.pair.gapHint', { days: current.gapDays })}
      </Text>
      <section aria-labelledby="pair-meetings-heading">
        <Title order={2} size="h3" mb="sm" id="pair-meetings-heading">
          {t('mentoring.pair.meetings')}
        </Title>
        <DataTable label={t('mentoring.pair.meetingsCaption')} columns={columns} rows={current.meetings} rowKey={(m) => m.id} emptyText={t('mentoring.pair.noMeetings')} minWidth={700} />
      </section>
      {dialog === 'log' && <LogMeetingModal pairId={current.id} onClose={() => setDialog(null)} />}
      {dialog === 'end' && <EndPairModal pair={current} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
