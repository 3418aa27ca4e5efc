import { Anchor, Button, Group, NativeSelect, Switch, TextInput } from '@mantine/core';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../shared/contract/staff';
import { ROLES } from '../../../shared/permissions';
import { ErrorAlert } from '../../app/errors';
import { isStaleRecord } from '../../app/SaveErrorAlert';
import { fullName } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { PageHeader } from '../../app/PageHeader';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { StaffListSearch } from '../../app/routeSearch';
import { useSearchBox } from '../../app/useSearchBox';
import { useSession } from '../../app/session';
import { useHearthMutation, useHearthQuery } from '../../app/queries';

const route = getRouteApi('/staff');
import { ConfirmActiveChange } from './ConfirmActiveChange';

/** Staff directory: search, role filter, inactive people on request; add, edit, (de)activate. */
export function StaffListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const { search, role, includeInactive } = route.useSearch();
  const setSearchParams = route.useNavigate();
  // A chosen filter is a step back can return to; typing replaces the address as it goes.
  const change = (next: Partial<StaffListSearch>, replace = false) => void setSearchParams({ search: (previous) => ({ ...previous, ...next }), replace });
  const searchBox = useSearchBox(search, (text) => change({ search: text }, true));
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const staff = useHearthQuery('staff.list', { search: debouncedSearch.trim(), role, includeInactive });
  const setActive = useHearthMutation('staff.setActive');
  const [toggling, setToggling] = useState<StaffMember | null>(null);
  const busy = setActive.pending;
  const canWrite = can('staff.write');
  const rows = staff.data ?? [];

  async function confirmToggle() {
    if (!toggling) return;
    // The version of the row the person saw: a change made from an outdated list is refused.
    const result = await setActive.run({ id: toggling.id, expectedVersion: toggling.version, active: !toggling.active });
    if (!result.ok) {
      // Changed elsewhere meanwhile: show the stored rows, so the next try is made from them.
      if (isStaleRecord(result.error)) {
        setToggling(null);
        staff.refetch();
      }
      return notifyError(t, result.error);
    }
    notifySuccess(result.value.active ? t('staff.reactivated') : t('staff.deactivated'));
    setToggling(null);
  }

  const columns: DataTableColumn<StaffMember>[] = [
    {
      id: 'name',
      header: t('staff.name'),
      // Out of the tab order: the row is the table's one tab stop, and Enter on it opens the form.
      cell: (member) =>
        canWrite ? (
          <Anchor href={`#/staff/${member.id}/edit`} tabIndex={-1}>
            {fullName(member)}
          </Anchor>
        ) : (
          fullName(member)
        ),
    },
    { id: 'roles', header: t('staff.rolesLabel'), cell: (member) => member.roles.map((r) => t(`staff.roles.${r}`)).join(', ') },
    { id: 'email', header: t('staff.email'), cell: (member) => member.email ?? '—' },
    { id: 'phone', header: t('staff.phone'), cell: (member) => member.phone ?? '—' },
    { id: 'username', header: t('staff.username'), cell: (member) => member.username ?? '—' },
    { id: 'status', header: t('staff.status'), cell: (member) => (member.active ? t('common.active') : t('common.inactive')) },
    ...(canWrite
      ? [
          {
            id: 'actions',
            header: t('common.actions'),
            cell: (member: StaffMember) => (
              <Button
                size="xs"
                variant="default"
                onClick={() => setToggling(member)}
                aria-label={`${member.active ? t('common.deactivate') : t('common.reactivate')} ${fullName(member)}`}
              >
                {member.active ? t('common.deactivate') : t('common.reactivate')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader title={t('staff.title')}>
        {canWrite && <Button onClick={() => void navigate({ to: '/staff/new' })}>{t('staff.add')}</Button>}
      </PageHeader>

      <Group align="flex-end" mb="md" role="search" aria-label={t('staff.filters')}>
        <TextInput label={t('staff.search')} type="search" {...searchBox} w={260} />
        <NativeSelect
          label={t('staff.role')}
          value={role}
          onChange={(event) => change({ role: event.currentTarget.value as StaffListSearch['role'] })}
          data={[{ value: 'all', label: t('common.all') }, ...ROLES.map((value) => ({ value, label: t(`staff.roles.${value}`) }))]}
        />
        <Switch label={t('staff.showInactive')} checked={includeInactive} onChange={(event) => change({ includeInactive: event.currentTarget.checked })} mb={8} />
        {staff.busy && <LoadingIndicator size="sm" />}
      </Group>

      <ErrorAlert error={staff.error} />

      <DataTable
        label={t('staff.caption', { n: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(member) => member.id}
        loading={staff.busy}
        emptyText={t('staff.none')}
        minWidth={800}
        onRowActivate={canWrite ? (member) => void navigate({ to: '/staff/$id/edit', params: { id: member.id } }) : undefined}
      />

      {toggling && (
        <ConfirmActiveChange
          opened
          activate={!toggling.active}
          name={fullName(toggling)}
          consequence={toggling.active ? t('staff.deactivateConsequence') : t('staff.reactivateConsequence')}
          busy={busy}
          onConfirm={() => void confirmToggle()}
          onCancel={() => setToggling(null)}
        />
      )}
    </>
  );
}
