import { Alert, Group, Radio, Select, Stack, Table, Text } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dateLanguageOf, formatDayWithWeekday, formatWallClock } from '../../../shared/dates';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { PageHeader } from '../../app/PageHeader';
import { useHearthQuery } from '../../app/queries';

// "Enter a sign-in sheet": the printed sheet typed back, row by row in the sheet's order (the
// roster by last name, then the numbered walk-in rows). P, L or A on a row marks it present, late
// or absent and moves to the next row. Saving writes the occurrence's attendance through the
// attendance operations of issue 15, which were not merged when this screen was made: the lead
// wires the save (see the report); this screen keeps the marks until then.

export const SHEET_STATUSES = ['present', 'late', 'absent'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];
const KEYS: Record<string, SheetStatus> = { p: 'present', l: 'late', a: 'absent' };

export function EnterSignInSheetPage({ occurrenceId }: { occurrenceId: string }) {
  const { t, i18n } = useTranslation();
  const language = dateLanguageOf(i18n.language);
  const sheet = useHearthQuery('rosters.signInSheet', { occurrenceId });
  const residents = useHearthQuery('residents.list', { status: 'admitted', limit: 500 });
  const [marks, setMarks] = useState<Record<string, SheetStatus>>({});
  const [walkIns, setWalkIns] = useState<Record<number, string | null>>({});
  const rows = useRef<Array<HTMLTableRowElement | null>>([]);

  if (!sheet.data) return sheet.error ? <ErrorAlert error={sheet.error} /> : <LoadingIndicator />;
  const { entry, roster, blankRows } = sheet.data;
  const rowCount = roster.length + blankRows;

  function focusRow(index: number) {
    rows.current[Math.min(index, rowCount - 1)]?.querySelector<HTMLInputElement>('input')?.focus();
  }

  function onRowKey(event: KeyboardEvent, index: number, key: string) {
    const status = KEYS[event.key.toLowerCase()];
    if (!status || event.ctrlKey || event.metaKey || event.altKey || (event.target as HTMLElement).getAttribute('role') === 'combobox') return;
    event.preventDefault();
    setMarks((current) => ({ ...current, [key]: status }));
    focusRow(index + 1);
  }

  const statusCell = (key: string, label: string) => (
    <Radio.Group value={marks[key] ?? null} onChange={(value) => setMarks((current) => ({ ...current, [key]: value }))} aria-label={t('rosters.enter.statusOf', { name: label })}>
      <Group gap="md">
        {SHEET_STATUSES.map((status) => (
          <Radio key={status} value={status} label={t(`rosters.enter.statuses.${status}`)} />
        ))}
      </Group>
    </Radio.Group>
  );

  const title = `${entry.title}, ${formatDayWithWeekday(entry.date, language)} ${formatWallClock(entry.startTime, language)}`;
  const walkInChoices = (residents.data?.rows ?? []).filter((r) => !roster.some((p) => p.id === r.id)).map((r) => ({ value: r.id, label: `${r.lastName}, ${r.firstName}` }));
  return (
    <>
      <PageHeader title={t('rosters.enter.title', { session: title })} />
      <Stack>
        <Text>{t('rosters.enter.help')}</Text>
        <Alert color="yellow">{t('rosters.enter.notSavedYet')}</Alert>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rosters.sheet.number')}</Table.Th>
              <Table.Th>{t('rosters.sheet.name')}</Table.Th>
              <Table.Th>{t('rosters.enter.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roster.map((person, index) => {
              const name = `${person.lastName}, ${person.firstName}`;
              return (
                <Table.Tr key={person.id} ref={(row) => void (rows.current[index] = row)} onKeyDown={(event) => onRowKey(event, index, person.id)}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>{statusCell(person.id, name)}</Table.Td>
                </Table.Tr>
              );
            })}
            {Array.from({ length: blankRows }, (_, blank) => {
              const index = roster.length + blank;
              const key = `walk-in-${blank}`;
              const label = t('rosters.enter.walkIn', { number: index + 1 });
              return (
                <Table.Tr key={key} ref={(row) => void (rows.current[index] = row)} onKeyDown={(event) => onRowKey(event, index, key)}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>
                    <Select aria-label={label} placeholder={t('rosters.sheet.walkIns')} searchable clearable data={walkInChoices} value={walkIns[blank] ?? null} onChange={(value) => setWalkIns((current) => ({ ...current, [blank]: value }))} />
                  </Table.Td>
                  <Table.Td>{statusCell(key, label)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
    </>
  );
}
