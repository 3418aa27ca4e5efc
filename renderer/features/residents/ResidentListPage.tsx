import { Anchor, Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { DataTable, type DataTableColumn, type TableSort } from '../../app/DataTable';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAMS, RESIDENT_STATUSES, RESIDENTS_PAGE_DEFAULT, type ResidentSortKey, type ResidentSummary } from '../../../shared/contract/residents';
import { ErrorAlert } from '../../app/errors';
import { formatDate, fullName } from '../../app/format';
import { PageHeader } from '../../app/PageHeader';
import { navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { useOperation } from '../../app/useOperation';
import { DemoDataOffer } from './DemoDataOffer';

type StatusFilter = (typeof RESIDENT_STATUSES)[number] | 'all';
type ProgramFilter = (typeof PROGRAMS)[number] | 'all';

/**
 * The search waits this long after the last keystroke: the core answers a page of 5,000 residents
 * in a few milliseconds, so this only merges the keys of a fast typist (or a paste) into one call.
 */
const SEARCH_DEBOUNCE_MS = 0;

/** The register: search by name, filter by status and program, sort by column, one page at a time. */
export function ResidentListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [program, setProgram] = useState<ProgramFilter>('all');
  const [sort, setSort] = useState<TableSort<ResidentSortKey>>({ key: 'name', direction: 'asc' });
  const [offset, setOffset] = useState(0);
  const residents = useOperation('residents.list', { search: debouncedSearch.trim(), status, program, sort: sort.key, direction: sort.direction, limit: RESIDENTS_PAGE_DEFAULT, offset });
  // A new filter or order starts again at its first page.
  const refilter = <V,>(set: (value: V) => void) => (value: V) => {
    set(value);
    setOffset(0);
  };

  // While a new filter loads, the last page stays on screen faded, inert and captioned "Loading"
  // (DataTable's busy state) instead of the table collapsing and growing again at every keystroke.
  const [lastPage, setLastPage] = useState(residents.value);
  if (residents.value && residents.value !== lastPage) setLastPage(residents.value);
  const page = residents.error ? undefined : (residents.value ?? lastPage);
  const columns: DataTableColumn<ResidentSummary, ResidentSortKey>[] = [
    { id: 'name', header: t('residents.list.name'), sortKey: 'name', cell: (resident) => (
        // Out of the tab order: the row is the one tab stop of the table, and Enter on it opens the resident.
        <Anchor href={`#/residents/${resident.id}`} tabIndex={-1}>
          {fullName(resident)}
        </Anchor>
      ) },
    { id: 'dateOfBirth', header: t('residents.fields.dateOfBirth'), sortKey: 'dateOfBirth', cell: (resident) => formatDate(resident.dateOfBirth) },
    { id: 'program', header: t('residents.fields.program'), cell: (resident) => t(`residents.program.${resident.program}`) },
    { id: 'admissionDate', header: t('residents.fields.admissionDate'), sortKey: 'admissionDate', cell: (resident) => formatDate(resident.admissionDate) },
    { id: 'status', header: t('residents.fields.status'), sortKey: 'status', cell: (resident) => t(`residents.status.${resident.status}`) },
    { id: 'houseRoom', header: t('residents.list.houseRoom'), cell: (resident) => [resident.house, resident.room].filter(Boolean).join(' · ') || '—' },
  ];

  return (
    <>
      <PageHeader title={t('residents.list.title')}>
        {can('residents.write') && (
          <Button onClick={() => navigate('/residents/new')}>
            {t('residents.admit.title')}
          </Button>
        )}
      </PageHeader>

      <DemoDataOffer onLoaded={residents.reload} />

      <Group align="flex-end" mb="md" role="search" aria-label={t('residents.list.filters')}>
        <TextInput label={t('residents.list.search')} value={search} onChange={(event) => refilter(setSearch)(event.currentTarget.value)} type="search" w={260} />
        <NativeSelect
          label={t('residents.fields.status')}
          value={status}
          onChange={(event) => refilter(setStatus)(event.currentTarget.value as StatusFilter)}
          data={[{ value: 'all', label: t('common.all') }, ...RESIDENT_STATUSES.map((value) => ({ value, label: t(`residents.status.${value}`) }))]}
        />
        <NativeSelect
          label={t('residents.fields.program')}
          value={program}
          onChange={(event) => refilter(setProgram)(event.currentTarget.value as ProgramFilter)}
          data={[{ value: 'all', label: t('common.all') }, ...PROGRAMS.map((value) => ({ value, label: t(`residents.program.${value}`) }))]}
        />
        {residents.loading && <LoadingIndicator size="sm" />}
      </Group>

      <ErrorAlert error={residents.error} />

      <DataTable
        label={t('residents.list.caption', { n: page?.total ?? 0 })}
        columns={columns}
        rows={page?.rows ?? []}
        rowKey={(resident) => resident.id}
        loading={residents.loading}
        emptyText={t('residents.list.none')}
        minWidth={700}
        sort={{ value: sort, onChange: refilter(setSort) }}
        onRowActivate={(resident) => navigate(`/residents/${resident.id}`)}
        paging={page && { offset, limit: RESIDENTS_PAGE_DEFAULT, total: page.total, onOffsetChange: setOffset }}
      />
    </>
  );
}
