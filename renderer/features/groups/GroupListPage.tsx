import { Anchor, Button, Group, Switch } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../shared/contract/groups';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { PageHeader } from '../../app/PageHeader';
import { useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { GroupFormModal } from './GroupFormModal';

/** The peer groups the person may see (all of them for managers; their own for a facilitator). */
export function GroupListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [creating, setCreating] = useState(false);
  const groups = useHearthQuery('groups.list', { includeInactive });
  const rows = groups.data ?? [];
  const open = (group: GroupSummary) => void navigate({ to: '/groups/$id', params: { id: group.id } });

  const columns: DataTableColumn<GroupSummary>[] = [
    {
      id: 'name',
      header: t('groups.fields.name'),
      cell: (group) => (
        <Anchor href={`#/groups/${group.id}`} tabIndex={-1}>
          {group.name}
        </Anchor>
      ),
    },
    { id: 'kind', header: t('groups.fields.kind'), cell: (group) => t(`groups.kinds.${group.kind}`) },
    { id: 'facilitators', header: t('groups.fields.facilitators'), cell: (group) => group.facilitators.map((f) => f.name).join(', ') },
    { id: 'members', header: t('groups.fields.members'), cell: (group) => `${group.memberCount} / ${group.capacity}` },
    { id: 'waitlist', header: t('groups.fields.waitlist'), cell: (group) => group.waitlistCount },
    { id: 'enrolment', header: t('groups.fields.enrolment'), cell: (group) => (group.openEnrolment ? t('groups.enrolment.open') : t('groups.enrolment.closed')) },
    { id: 'active', header: t('groups.fields.active'), cell: (group) => (group.active ? t('common.active') : t('common.inactive')) },
  ];

  return (
    <>
      <PageHeader title={t('groups.title')}>{can('groups.manage') && <Button onClick={() => setCreating(true)}>{t('groups.add')}</Button>}</PageHeader>
      <Group mb="md">
        <Switch label={t('groups.showInactive')} checked={includeInactive} onChange={(event) => setIncludeInactive(event.currentTarget.checked)} />
      </Group>
      <ErrorAlert error={groups.error} />
      <DataTable label={t('groups.caption', { n: rows.length })} columns={columns} rows={rows} rowKey={(group) => group.id} loading={groups.busy} emptyText={t('groups.none')} minWidth={800} onRowActivate={open} />
      {creating && <GroupFormModal onClose={() => setCreating(false)} onSaved={(id) => void navigate({ to: '/groups/$id', params: { id } })} />}
    </>
  );
}
