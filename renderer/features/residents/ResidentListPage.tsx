import { Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { QueryTable } from '../../app/QueryTable';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useDebouncedValue } from '@mantine/hooks';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PROGRAMS, RESIDENT_STATUSES, type ResidentSortKey } from '../../../shared/contract/residents';
import type { ResidentListSearch } from '../../app/routeSearch';
import { useSearchBox } from '../../app/useSearchBox';
import { ErrorAlert } from '../../app/errors';
import { formatDate, fullName } from '../../app/format';
import { PageHeader } from '../../app/PageHeader';
import { AppLink } from '../../app/links';
import { useSession } from '../../app/session';
import { SortableHeader } from '../../app/SortableHeader';
import { useHearthQuery } from '../../app/queries';
import { DemoDataOffer } from './DemoDataOffer';

const route = getRouteApi('/residents');

/** The register: search by name, filter by status and program, sort by column; all kept in the address. */
export function ResidentListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const { search, status, program, sort, direction } = route.useSearch();
  const setSearchParams = route.useNavigate();
  // A chosen filter or sort is a step back can return to; typing replaces the address as it goes.
  const change = (next: Partial<ResidentListSearch>, replace = false) => void setSearchParams({ search: (previous) => ({ ...previous, ...next }), replace });
  const searchBox = useSearchBox(search, (text) => change({ search: text }, true));
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const residents = useHearthQuery('residents.list', { search: debouncedSearch.trim(), status, program, sort, direction });

  function sortBy(key: ResidentSortKey) {
    if (key === sort) change({ direction: direction === 'asc' ? 'desc' : 'asc' });
    else change({ sort: key, direction: 'asc' });
  }

  const header = (key: ResidentSortKey, label: string) => <SortableHeader label={label} active={sort === key} direction={direction} onSort={() => sortBy(key)} />;
  const rows = residents.data ?? [];

  return (
    <>
      <PageHeader title={t('residents.list.title')}>
        {can('residents.write') && (
          <Button onClick={() => void navigate({ to: '/residents/new' })}>
            {t('residents.admit.title')}
          </Button>
        )}
      </PageHeader>

      <DemoDataOffer />

      <Group align="flex-end" mb="md" role="search" aria-label={t('residents.list.filters')}>
        <TextInput label={t('residents.list.search')} {...searchBox} type="search" w={260} />
        <NativeSelect
          label={t('residents.fields.status')}
          value={status}
          onChange={(event) => change({ status: event.currentTarget.value as ResidentListSearch['status'] })}
          data={[{ value: 'all', label: t('common.all') }, ...RESIDENT_STATUSES.map((value) => ({ value, label: t(`residents.status.${value}`) }))]}
        />
        <NativeSelect
          label={t('residents.fields.program')}
          value={program}
          onChange={(event) => change({ program: event.currentTarget.value as ResidentListSearch['program'] })}
          data={[{ value: 'all', label: t('common.all') }, ...PROGRAMS.map((value) => ({ value, label: t(`residents.program.${value}`) }))]}
        />
        {residents.busy && <LoadingIndicator size="sm" />}
      </Group>

      <ErrorAlert error={residents.error} />

      <QueryTable loading={residents.busy} caption={t('residents.list.caption', { n: rows.length })} minWidth={700}>
        <Table.Thead>
          <Table.Tr>
            {header('name', t('residents.list.name'))}
            {header('dateOfBirth', t('residents.fields.dateOfBirth'))}
            <Table.Th>{t('residents.fields.program')}</Table.Th>
            {header('admissionDate', t('residents.fields.admissionDate'))}
            {header('status', t('residents.fields.status'))}
            <Table.Th>{t('residents.list.houseRoom')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((resident) => (
            <Table.Tr key={resident.id}>
              <Table.Td>
                <AppLink to="/residents/$id" params={{ id: resident.id }}>
                  {fullName(resident)}
                </AppLink>
              </Table.Td>
              <Table.Td>{formatDate(resident.dateOfBirth)}</Table.Td>
              <Table.Td>{t(`residents.program.${resident.program}`)}</Table.Td>
              <Table.Td>{formatDate(resident.admissionDate)}</Table.Td>
              <Table.Td>
                {t(`residents.status.${resident.status}`)}
              </Table.Td>
              <Table.Td>{[resident.house, resident.room].filter(Boolean).join(' · ') || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </QueryTable>
      {!residents.busy && rows.length === 0 && <Text mt="md">{t('residents.list.none')}</Text>}
    </>
  );
}
