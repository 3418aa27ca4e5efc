import { Anchor, Badge, Button, Group, Switch } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringPairSummary } from '../../../shared/contract/mentoring';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { PageHeader } from '../../app/PageHeader';
import { useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { useCentreTime } from '../../app/useCentreTime';
import { CreatePairModal } from './CreatePairModal';
import { GapFlag } from './GapFlag';

/**
 * "My mentoring" for a peer support specialist (the core returns only their pairs); every pair for
 * managers and counsellors. Flagged pairs come first.
 */
export function MentoringPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const centre = useCentreTime();
  const navigate = useNavigate();
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [includeEnded, setIncludeEnded] = useState(false);
  const [creating, setCreating] = useState(false);
  const pairs = useHearthQuery('mentoring.listPairs', { flaggedOnly, includeEnded });
  const rows = pairs.data ?? [];
  const managesPairs = can('mentoring.manage');

  const columns: DataTableColumn<MentoringPairSummary>[] = [
    {
      id: 'resident',
      header: t('mentoring.fields.resident'),
      cell: (pair) => (
        <Anchor href={`#/mentoring/${pair.id}`} tabIndex={-1}>
          {pair.residentName}
        </Anchor>
      ),
    },
    { id: 'mentor', header: t('mentoring.fields.mentor'), cell: (pair) => pair.mentorName },
    { id: 'start', header: t('mentoring.fields.startsOn'), cell: (pair) => centre.formatDate(pair.startsOn) },
    { id: 'last', header: t('mentoring.fields.lastMeeting'), cell: (pair) => centre.formatDate(pair.lastMeetingOn) },
    { id: 'days', header: t('mentoring.fields.daysWithout'), cell: (pair) => pair.daysWithoutMeeting },
    {
      id: 'status',
      header: t('mentoring.fields.status'),
      cell: (pair) =>
        pair.endsOn ? (
          t('mentoring.status.ended', { date: centre.formatDate(pair.endsOn) })
        ) : pair.flagged ? (
          <GapFlag days={pair.daysWithoutMeeting} />
        ) : (
          <Badge variant="light" color="gray">
            {t('mentoring.status.open')}
          </Badge>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={managesPairs ? t('mentoring.title') : t('mentoring.myTitle')}>{managesPairs && <Button onClick={() => setCreating(true)}>{t('mentoring.add')}</Button>}</PageHeader>
      <Group mb="md">
        <Switch label={t('mentoring.flaggedOnly')} checked={flaggedOnly} onChange={(event) => setFlaggedOnly(event.currentTarget.checked)} />
        <Switch label={t('mentoring.showEnded')} checked={includeEnded} onChange={(event) => setIncludeEnded(event.currentTarget.checked)} />
      </Group>
      <ErrorAlert error={pairs.error} />
      <DataTable
        label={t('mentoring.caption', { n: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(pair) => pair.id}
        loading={pairs.busy}
        emptyText={t('mentoring.none')}
        minWidth={800}
        onRowActivate={(pair) => void navigate({ to: '/mentoring/$id', params: { id: pair.id } })}
      />
      {creating && <CreatePairModal onClose={() => setCreating(false)} onCreated={(id) => void navigate({ to: '/mentoring/$id', params: { id } })} />}
    </>
  );
}
