import { Badge, NativeSelect, Radio, Table, Text, TextInput } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, ATTENDED_STATUSES, ENGAGEMENT_LEVELS, type AttendanceSheetRow, type AttendanceStatus, type EngagementLevel } from '../../../shared/contract/attendance';
import { engagementForKey, STATUS_KEYS, statusForKey } from './attendanceKeys';

/** What the sheet holds for one person: their stored mark, or what was typed since. */
export interface MarkDraft {
  status: AttendanceStatus | null;
  engagement: EngagementLevel | null;
  reason: string;
}

interface Props {
  caption: string;
  rows: AttendanceSheetRow[];
  valueOf: (row: AttendanceSheetRow) => MarkDraft;
  onChange: (row: AttendanceSheetRow, change: Partial<MarkDraft>) => void;
  clinical: boolean;
  readOnly: boolean;
  /** Where Enter on the last person goes (the Save button). */
  onPastLastRow: () => void;
}

/**
 * The roster as a table taken from the keyboard: on a person's row a status key (p, l, e, x, a)
 * sets the status and 1–4 the engagement; Enter moves to the next person's status; Tab reaches the
 * engagement and the reason. Each status is a native radio group, so arrow keys work as usual and a
 * screen reader announces the person and the status.
 */
export function AttendanceSheetTable({ caption, rows, valueOf, onChange, clinical, readOnly, onPastLastRow }: Props) {
  const { t } = useTranslation();
  const body = useRef<HTMLTableSectionElement>(null);

  function focusStatusOf(index: number, status?: AttendanceStatus) {
    const row = body.current?.querySelectorAll<HTMLTableRowElement>(':scope > tr')[index];
    if (!row) return onPastLastRow();
    const target = (status && row.querySelector<HTMLInputElement>(`input[type="radio"][value="${status}"]`)) ?? row.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? row.querySelector<HTMLInputElement>('input[type="radio"]');
    target?.focus();
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, row: AttendanceSheetRow, index: number) {
    if (readOnly || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      focusStatusOf(index + 1);
      return;
    }
    // Letters typed in the reason are text, not status keys.
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type === 'text') return;
    const status = statusForKey(event.key);
    if (status) {
      event.preventDefault();
      onChange(row, withStatus(status));
      focusStatusOf(index, status);
      return;
    }
    const engagement = clinical ? null : engagementForKey(event.key);
    const current = valueOf(row).status;
    if (engagement && current !== null && ATTENDED_STATUSES.includes(current)) {
      event.preventDefault();
      onChange(row, { engagement });
    }
  }

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('attendance.sheet.columns.person')}</Table.Th>
            <Table.Th>{t('attendance.sheet.columns.status')}</Table.Th>
            {!clinical && <Table.Th>{t('attendance.sheet.columns.engagement')}</Table.Th>}
            <Table.Th>{t('attendance.sheet.columns.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={body}>
          {rows.map((row, index) => {
            const value = valueOf(row);
            return (
              <Table.Tr key={row.residentId} onKeyDown={(event) => onRowKeyDown(event, row, index)}>
                <Table.Th scope="row" fw={500}>
                  {row.name}
                  {row.mark?.walkIn && (
                    <Badge ml="xs" variant="outline" color="gray.8">
                      {t('attendance.sheet.walkIn')}
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td>
                  <div role="radiogroup" aria-label={t('attendance.sheet.statusOf', { name: row.name })} style={{ display: 'flex', gap: 'var(--mantine-spacing-sm)', flexWrap: 'wrap' }}>
                    {ATTENDANCE_STATUSES.map((status) => (
                      <Radio
                        key={status}
                        name={`status-${row.residentId}`}
                        value={status}
                        checked={value.status === status}
                        disabled={readOnly}
                        onChange={() => onChange(row, withStatus(status))}
                        label={
                          <>
                            {t(`attendance.statuses.${status}`)}{' '}
                            <Text span size="xs" c="dimmed" aria-hidden>
                              ({STATUS_KEYS[status]})
                            </Text>
                          </>
                        }
                      />
                    ))}
                  </div>
                </Table.Td>
                {!clinical && (
                  <Table.Td>
                    <NativeSelect
                      aria-label={t('attendance.sheet.engagementOf', { name: row.name })}
                      value={value.engagement ?? ''}
                      disabled={readOnly || value.status === null || !ATTENDED_STATUSES.includes(value.status)}
                      onChange={(event) => onChange(row, { engagement: (event.currentTarget.value || null) as EngagementLevel | null })}
                      data={[{ value: '', label: t('attendance.engagement.none') }, ...ENGAGEMENT_LEVELS.map((level) => ({ value: level, label: t(`attendance.engagement.${level}`) }))]}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <TextInput aria-label={t('attendance.sheet.reasonOf', { name: row.name })} value={value.reason} maxLength={200} disabled={readOnly} onChange={(event) => onChange(row, { reason: event.currentTarget.value })} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Someone who did not come has no engagement level. */
function withStatus(status: AttendanceStatus): Partial<MarkDraft> {
  return ATTENDED_STATUSES.includes(status) ? { status } : { status, engagement: null };
}
