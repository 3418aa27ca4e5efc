import { Alert, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail, GroupMembership, WaitlistEntry } from '../../../shared/contract/groups';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { DateField } from '../../app/DateField';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { notifyError, notifySuccess } from '../../app/notify';
import { PageHeader } from '../../app/PageHeader';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { useCentreTime } from '../../app/useCentreTime';
import { AttendanceFlag } from '../attendance/AttendanceFlag';
import { useAttendanceFlags } from '../attendance/useAttendanceFlags';
import { EnrolModal } from './EnrolModal';
import { GroupFormModal } from './GroupFormModal';
import { GroupMeetings } from './GroupMeetings';
import { LeaveModal } from './LeaveModal';
import { NoteTemplateSection } from './NoteTemplateSection';

/** One group: details, the roster as of a chosen day, the waitlist with the offer of a freed place, and the history. */
export function GroupPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const [asOf, setAsOf] = useState(centre.today());
  const group = useHearthQuery('groups.get', { id, asOf: asOf || null });
  const [dialog, setDialog] = useState<'edit' | 'enrol' | null>(null);
  const [leaving, setLeaving] = useState<GroupMembership | null>(null);

  if (group.error) return <ErrorAlert error={group.error} />;
  if (!group.data) return <LoadingIndicator />;
  const current = group.data;
  const mayChange = current.mayChangeRoster && current.active;

  return (
    <Stack gap="lg">
      <PageHeader title={current.name}>
        {current.mayManage && (
          <Button variant="default" onClick={() => setDialog('edit')}>
            {t('groups.page.edit')}
          </Button>
        )}
        {mayChange && <Button onClick={() => setDialog('enrol')}>{t('groups.enrol.open')}</Button>}
      </PageHeader>

      {!current.active && <Alert color="gray">{t('groups.page.inactive')}</Alert>}
      <GroupDetails group={current} />
      {mayChange && <FreedPlaceOffer group={current} />}

      <section aria-labelledby="group-roster-heading">
        <Title order={2} size="h3" mb="sm" id="group-roster-heading">
          {t('groups.page.roster')}
        </Title>
        <Group align="flex-end" mb="sm">
          <DateField label={t('groups.fields.asOf')} value={asOf} onChange={setAsOf} w={220} />
          <Text size="sm" mb={8}>
            {t('groups.page.freePlaces', { free: current.freePlaces, capacity: current.capacity })}
          </Text>
        </Group>
        <RosterTable group={current} mayChange={mayChange} onLeave={setLeaving} />
      </section>

      <GroupMeetings groupId={current.id} />

      <NoteTemplateSection groupId={current.id} />

      <section aria-labelledby="group-waitlist-heading">
        <Title order={2} size="h3" mb="sm" id="group-waitlist-heading">
          {t('groups.page.waitlist')}
        </Title>
        <WaitlistTable entries={current.waitlist} mayChange={mayChange} />
      </section>

      <section aria-labelledby="group-history-heading">
        <Title order={2} size="h3" mb="sm" id="group-history-heading">
          {t('groups.page.history')}
        </Title>
        <HistoryTable memberships={current.history} />
      </section>

      {dialog === 'edit' && <GroupFormModal group={current} onClose={() => setDialog(null)} />}
      {dialog === 'enrol' && <EnrolModal groupId={current.id} onClose={() => setDialog(null)} />}
      {leaving && <LeaveModal membership={leaving} onClose={() => setLeaving(null)} />}
    </Stack>
  );
}

function GroupDetails({ group }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [
    [t('groups.fields.kind'), t(`groups.kinds.${group.kind}`)],
    [t('groups.fields.focus'), group.focus ?? '—'],
    [t('groups.fields.capacity'), group.capacity],
    [t('groups.fields.enrolment'), group.openEnrolment ? t('groups.enrolment.open') : t('groups.enrolment.closed')],
    [
      t('groups.fields.facilitators'),
      <List size="sm" key="facilitators">
        {group.facilitators.map((f) => (
          <List.Item key={f.staffId}>
            {f.name} ({t(`groups.roles.${f.role}`)})
          </List.Item>
        ))}
      </List>,
    ],
  ];
  return (
    <section aria-labelledby="group-details-heading">
      <Title order={2} size="h3" mb="sm" id="group-details-heading">
        {t('groups.page.details')}
      </Title>
      <Table variant="vertical" withTableBorder aria-label={t('groups.page.details')}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={220}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** "Place free: offer to …": enrolling the next person waiting is one action. */
function FreedPlaceOffer({ group }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const enrol = useHearthMutation('groups.enrolFromWaitlist');
  const { offer } = group;
  if (!offer) return null;
  async function take(entry: WaitlistEntry) {
    const result = await enrol.run({ entryId: entry.id, joinedOn: centre.today() });
    if (!result.ok) return notifyError(t, result.error);
    notifySuccess(t('groups.page.enrolledFromWaitlist', { name: entry.residentName }));
  }
  return (
    <Alert color="teal" title={t('groups.page.offer', { name: offer.residentName })} role="status">
      <Text size="sm" mb="sm">
        {t('groups.page.offerHint')}
      </Text>
      <Button loading={enrol.pending} onClick={() => void take(offer)}>
        {t('groups.page.enrolOffered', { name: offer.residentName })}
      </Button>
    </Alert>
  );
}

function RosterTable({ group, mayChange, onLeave }: { group: GroupDetail; mayChange: boolean; onLeave: (m: GroupMembership) => void }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const flags = useAttendanceFlags();
  const columns: DataTableColumn<GroupMembership>[] = [
    {
      id: 'name',
      header: t('groups.fields.resident'),
      cell: (m) => (
        <>
          {m.residentName}
          <AttendanceFlag flagged={flags.get(m.residentId)} />
        </>
      ),
    },
    { id: 'joined', header: t('groups.fields.joinedOn'), cell: (m) => centre.formatDate(m.joinedOn) },
    { id: 'left', header: t('groups.fields.leftOn'), cell: (m) => centre.formatDate(m.leftOn) },
    ...(mayChange
      ? [
          {
            id: 'actions',
            header: t('common.actions'),
            cell: (m: GroupMembership) =>
              m.leftOn === null ? (
                <Button size="xs" variant="default" aria-label={t('groups.leave.label', { name: m.residentName })} onClick={() => onLeave(m)}>
                  {t('groups.leave.open')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return <DataTable label={t('groups.page.rosterCaption', { date: centre.formatDate(group.asOf) })} columns={columns} rows={group.roster} rowKey={(m) => m.id} emptyText={t('groups.page.noMembers')} />;
}

function WaitlistTable({ entries, mayChange }: { entries: WaitlistEntry[]; mayChange: boolean }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const withdraw = useHearthMutation('groups.withdrawFromWaitlist');
  async function takeOff(entry: WaitlistEntry) {
    const result = await withdraw.run({ entryId: entry.id });
    if (!result.ok) return notifyError(t, result.error);
    notifySuccess(t('groups.withdraw.done'));
  }
  const columns: DataTableColumn<WaitlistEntry>[] = [
    { id: 'position', header: t('groups.fields.position'), cell: (entry) => entry.position },
    { id: 'name', header: t('groups.fields.resident'), cell: (entry) => entry.residentName },
    { id: 'added', header: t('groups.fields.addedOn'), cell: (entry) => centre.formatDate(entry.addedOn) },
    ...(mayChange
      ? [
          {
            id: 'actions',
            header: t('common.actions'),
            cell: (entry: WaitlistEntry) => (
              <Button size="xs" variant="default" aria-label={t('groups.withdraw.label', { name: entry.residentName })} onClick={() => void takeOff(entry)}>
                {t('groups.withdraw.open')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return <DataTable label={t('groups.page.waitlistCaption')} columns={columns} rows={entries} rowKey={(entry) => entry.id} emptyText={t('groups.page.noWaitlist')} />;
}

function HistoryTable({ memberships }: { memberships: GroupMembership[] }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const columns: DataTableColumn<GroupMembership>[] = [
    { id: 'name', header: t('groups.fields.resident'), cell: (m) => m.residentName },
    { id: 'joined', header: t('groups.fields.joinedOn'), cell: (m) => centre.formatDate(m.joinedOn) },
    { id: 'left', header: t('groups.fields.leftOnColumn'), cell: (m) => centre.formatDate(m.leftOn) },
    { id: 'reason', header: t('groups.fields.reason'), cell: (m) => (m.leaveReason ? t(`groups.leaveReasons.${m.leaveReason}`) : '—') },
    { id: 'note', header: t('groups.fields.note'), cell: (m) => m.leaveNote ?? '—' },
    { id: 'by', header: t('groups.fields.recordedBy'), cell: (m) => m.recordedByName ?? '—' },
  ];
  return <DataTable label={t('groups.page.historyCaption')} columns={columns} rows={memberships} rowKey={(m) => m.id} emptyText={t('groups.page.noHistory')} minWidth={700} />;
}
