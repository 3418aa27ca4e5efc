import { Alert, Button, Group, Radio, Select, Stack, Table, Text } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dateLanguageOf, formatDayWithWeekday, formatWallClock } from '../../../shared/dates';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { PageHeader } from '../../app/PageHeader';
import { notifyError, notifySuccess } from '../../app/notify';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { EnteredLine } from './SheetEntered';

// "Enter a sign-in sheet": the printed sheet typed back, row by row in the sheet's order (the
// roster by last name, then the numbered walk-in rows). P, L or A on a row marks it present, late
// or absent and moves to the next row. Saving is one operation (rosters.enterSignInSheet): the core
// writes the roster's marks and each walk-in through the attendance service's own paths (checks and
// audit rows of the attendance screen) and marks the sheet entered, all in one transaction.

export const SHEET_STATUSES = ['present', 'late', 'absent'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];
const KEYS: Record<string, SheetStatus> = { p: 'present', l: 'late', a: 'absent' };

export function EnterSignInSheetPage({ occurrenceId }: { occurrenceId: string }) {
  const { t, i18n } = useTranslation();
  const language = dateLanguageOf(i18n.language);
  const sheet = useHearthQuery('rosters.signInSheet', { occurrenceId });
  // The marks already taken (their versions make a re-entry a correction) and why the sheet may be locked.
  const attendance = useHearthQuery('attendance.sheet', { occurrenceId });
  const enter = useHearthMutation('rosters.enterSignInSheet');
  const residents = useHearthQuery('residents.list', { status: 'admitted', limit: 500 });
  const [marks, setMarks] = useState<Record<string, SheetStatus>>({});
  const [walkIns, setWalkIns] = useState<Record<number, string | null>>({});
  const rows = useRef<Array<HTMLTableRowElement | null>>([]);

  if (!sheet.data || !attendance.data) return sheet.error || attendance.error ? <ErrorAlert error={sheet.error ?? attendance.error} /> : <LoadingIndicator />;
  const taken = new Map(attendance.data.rows.map((row) => [row.residentId, row.mark]));
  const lock = attendance.data.lock;
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

  /** A mark taken before (on the attendance screen or an earlier entry) shows until changed; other statuses show as none. */
  const takenStatus = (key: string): SheetStatus | null => {
    const status = taken.get(key)?.status;
    return status === 'present' || status === 'late' || status === 'absent' ? status : null;
  };

  const statusCell = (key: string, label: string) => (
    <Radio.Group value={marks[key] ?? takenStatus(key)} onChange={(value) => setMarks((current) => ({ ...current, [key]: value }))} aria-label={t('rosters.enter.statusOf', { name: label })}>
      <Group gap="md">
        {SHEET_STATUSES.map((status) => (
          <Radio key={status} value={status} label={t(`rosters.enter.statuses.${status}`)} />
        ))}
      </Group>
    </Radio.Group>
  );

  async function save() {
    const rosterMarks = roster.flatMap((person) => {
      const status = marks[person.id];
      return status ? [{ residentId: person.id, status, reason: null, engagement: taken.get(person.id)?.engagement ?? null, expectedVersion: taken.get(person.id)?.version ?? null }] : [];
    });
    const walkInMarks = Array.from({ length: blankRows }, (_, blank) => ({ residentId: walkIns[blank], status: marks[`walk-in-${blank}`] })).flatMap(({ residentId, status }) =>
      residentId && status ? [{ residentId, status, reason: null, engagement: null }] : [],
    );
    const result = await enter.run({ occurrenceId, marks: rosterMarks, walkIns: walkInMarks });
    if (!result.ok) return notifyError(t, result.error);
    // The walk-ins are on the roster now and the marks have new versions: the refreshed sheet shows them.
    setMarks({});
    setWalkIns({});
    notifySuccess(t('rosters.enter.saved'));
  }

  const title = `${entry.title}, ${formatDayWithWeekday(entry.date, language)} ${formatWallClock(entry.startTime, language)}`;
  const walkInChoices = (residents.data?.rows ?? []).filter((r) => !roster.some((p) => p.id === r.id)).map((r) => ({ value: r.id, label: `${r.lastName}, ${r.firstName}` }));
  return (
    <>
      <PageHeader title={t('rosters.enter.title', { session: title })} />
      <Stack>
        <EnteredLine entered={sheet.data.entered} />
        <Text>{t('rosters.enter.help')}</Text>
        {lock && <Alert color="yellow">{t(`rosters.enter.locks.${lock}`)}</Alert>}
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
        <Group>
          <Button onClick={() => void save()} loading={enter.pending} disabled={lock !== null}>
            {t('rosters.enter.save')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}
