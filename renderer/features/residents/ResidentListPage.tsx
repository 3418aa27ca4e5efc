import { Anchor, Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAMS, RESIDENT_STATUSES, RESIDENTS_PAGE_DEFAULT, type ResidentSortKey, type ResidentSummary } from '../../../shared/contract/residents';
import { DataTable, type DataTableColumn } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { fullName } from '../../app/format';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useCentreTime } from '../../app/useCentreTime';
import { PageHeader } from '../../app/PageHeader';
import { useHearthQuery } from '../../app/queries';
import type { ResidentListSearch } from '../../app/routeSearch';
import { useSession } from '../../app/session';
import { useSearchBox } from '../../app/useSearchBox';
import { DemoDataOffer } from './DemoDataOffer';

const route = getRouteApi('/residents');

/**
 * The register: search by name, filter by status and program, sort by column, one page at a time;
 * all of it kept in the address. No search wait: the core answers a page of 5,000 residents in a
 * few milliseconds (npm run bench:ui).
 */
export function ResidentListPage() {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const { can } = useSession();
  const navigate = useNavigate();
  const { search, status, program, sort, direction, offset } = route.useSearch();
  const setSearchParams = route.useNavigate();
  // A chosen filter, order or page is a step back can return to; typing replaces the address as it goes.
  const change = (next: Partial<ResidentListSearch>, replace = false) => void setSearchParams({ search: (previous) => ({ ...previous, ...next }), replace });
  // A new filter or order starts again at its first page.
  const refilter = (next: Partial<ResidentListSearch>, replace = false) => change({ ...next, offset: 0 }, replace);
  const searchBox = useSearchBox(search, (text) => refilter({ search: text }, true));
  const residents = useHearthQuery('residents.list', { search: search.trim(), status, program, sort, direction, limit: RESIDENTS_PAGE_DEFAULT, offset });

  // While a new filter loads, the last page stays on screen faded, inert and captioned "Loading"
  // (DataTable's busy state) instead of the table collapsing and growing again at every keystroke.
  const [lastPage, setLastPage] = useState(residents.data);
  if (residents.data && residents.data !== lastPage) setLastPage(residents.data);
  const page = residents.error ? undefined : (residents.data ?? lastPage);

  const columns: DataTableColumn<ResidentSummary, ResidentSortKey>[] = [
    {
      id: 'name',
      header: t('residents.list.name'),
      sortKey: 'name',
      cell: (resident) => (
        // Out of the tab order: the row is the table's one tab stop, and Enter on it opens the resident.
        <Anchor href={`#/residents/${resident.id}`} tabIndex={-1}>
          {fullName(resident)}
        </Anchor>
      ),
    },
    { id: 'dateOfBirth', header: t('residents.fields.dateOfBirth'), sortKey: 'dateOfBirth', cell: (resident) => centre.formatDate(resident.dateOfBirth) },
    { id: 'program', header: t('residents.fields.program'), cell: (resident) => t(`residents.program.${resident.program}`) },
    { id: 'admissionDate', header: t('residents.fields.admissionDate'), sortKey: 'admissionDate', cell: (resident) => centre.formatDate(resident.admissionDate) },
    { id: 'status', header: t('residents.fields.status'), sortKey: 'status', cell: (resident) => t(`residents.status.${resident.status}`) },
    { id: 'houseRoom', header: t('residents.list.houseRoom'), cell: (resident) => [resident.house, resident.room].filter(Boolean).join(' · ') || '—' },
  ];

  return (
    <>
      <PageHeader title={t('residents.list.title')}>
        {can('residents.write') && <Button onClick={() => void navigate({ to: '/residents/new' })}>{t('residents.admit.title')}</Button>}
      </PageHeader>

      <DemoDataOffer />

      <Group align="flex-end" mb="md" role="search" aria-label={t('residents.list.filters')}>
        <TextInput label={t('residents.list.search')} {...searchBox} type="search" w={260} />
        <NativeSelect
          label={t('residents.fields.status')}
          value={status}
          onChange={(event) => refilter({ status: event.currentTarget.value as ResidentListSearch['status'] })}
          data={[{ value: 'all', label: t('common.all') }, ...RESIDENT_STATUSES.map((value) => ({ value, label: t(`residents.status.${value}`) }))]}
        />
        <NativeSelect
          label={t('residents.fields.program')}
          value={program}
          onChange={(event) => refilter({ program: event.currentTarget.value as ResidentListSearch['program'] })}
          data={[{ value: 'all', label: t('common.all') }, ...PROGRAMS.map((value) => ({ value, label: t(`residents.program.${value}`) }))]}
        />
        {residents.busy && <LoadingIndicator size="sm" />}
      </Group>

      <ErrorAlert error={residents.error} />

      <DataTable
        label={t('residents.list.caption', { n: page?.total ?? 0 })}
        columns={columns}
        rows={page?.rows ?? []}
        rowKey={(resident) => resident.id}
        loading={residents.busy}
        emptyText={t('residents.list.none')}
        minWidth={700}
        sort={{ value: { key: sort, direction }, onChange: (next) => refilter({ sort: next.key, direction: next.direction }) }}
        onRowActivate={(resident) => void navigate({ to: '/residents/$id', params: { id: resident.id } })}
        paging={page && { offset, limit: RESIDENTS_PAGE_DEFAULT, total: page.total, onOffsetChange: (next, replace) => change({ offset: next }, replace) }}
      />
    </>
  );
}
