import { Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { QueryTable } from '../../app/QueryTable';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAMS, RESIDENT_STATUSES, type ResidentSortKey } from '../../../shared/contract/residents';
import { ErrorAlert } from '../../app/errors';
import { fullName } from '../../app/format';
import { useCentreTime } from '../../app/useCentreTime';
import { PageHeader } from '../../app/PageHeader';
import { Link, navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { SortableHeader } from '../../app/SortableHeader';
import { useOperation } from '../../app/useOperation';
import { DemoDataOffer } from './DemoDataOffer';

type StatusFilter = (typeof RESIDENT_STATUSES)[number] | 'all';
type ProgramFilter = (typeof PROGRAMS)[number] | 'all';

/** The register: search by name, filter by status and program, sort by column. */
export function ResidentListPage() {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const { can } = useSession();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [program, setProgram] = useState<ProgramFilter>('all');
  const [sort, setSort] = useState<ResidentSortKey>('name');
  const [direction, setDirection] = useState<'asc' | 'desc'>('asc');
  const residents = useOperation('residents.list', { search: debouncedSearch.trim(), status, program, sort, direction });

  function sortBy(key: ResidentSortKey) {
    if (key === sort) setDirection(direction === 'asc' ? 'desc' : 'asc');
    else {
      setSort(key);
      setDirection('asc');
    }
  }

  const header = (key: ResidentSortKey, label: string) => <SortableHeader label={label} active={sort === key} direction={direction} onSort={() => sortBy(key)} />;
  const rows = residents.value ?? [];

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
        <TextInput label={t('residents.list.search')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} type="search" w={260} />
        <NativeSelect
          label={t('residents.fields.status')}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value as StatusFilter)}
          data={[{ value: 'all', label: t('common.all') }, ...RESIDENT_STATUSES.map((value) => ({ value, label: t(`residents.status.${value}`) }))]}
        />
        <NativeSelect
          label={t('residents.fields.program')}
          value={program}
          onChange={(event) => setProgram(event.currentTarget.value as ProgramFilter)}
          data={[{ value: 'all', label: t('common.all') }, ...PROGRAMS.map((value) => ({ value, label: t(`residents.program.${value}`) }))]}
        />
        {residents.loading && <LoadingIndicator size="sm" />}
      </Group>

      <ErrorAlert error={residents.error} />

      <QueryTable loading={residents.loading} caption={t('residents.list.caption', { n: rows.length })} minWidth={700}>
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
                <Link to={`/residents/${resident.id}`}>{fullName(resident)}</Link>
              </Table.Td>
              <Table.Td>{centre.formatDate(resident.dateOfBirth)}</Table.Td>
              <Table.Td>{t(`residents.program.${resident.program}`)}</Table.Td>
              <Table.Td>{centre.formatDate(resident.admissionDate)}</Table.Td>
              <Table.Td>
                {t(`residents.status.${resident.status}`)}
              </Table.Td>
              <Table.Td>{[resident.house, resident.room].filter(Boolean).join(' · ') || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </QueryTable>
      {!residents.loading && rows.length === 0 && <Text mt="md">{t('residents.list.none')}</Text>}
    </>
  );
}
