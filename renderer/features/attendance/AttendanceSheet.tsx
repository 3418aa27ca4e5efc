import { Alert, Button, Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, ENGAGEMENT_LEVELS, type AttendanceMark, type AttendanceSheetRow, type RecordAttendanceInput } from '../../../shared/contract/attendance';
import type { AppError } from '../../../shared/errors';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { notifyError, notifySuccess } from '../../app/notify';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { UnsavedChangesPrompt } from '../../app/UnsavedChangesPrompt';
import { useCentreTime } from '../../app/useCentreTime';
import { ENGAGEMENT_KEYS, STATUS_KEYS } from './attendanceKeys';
import { AttendanceSheetTable, type MarkDraft } from './AttendanceSheetTable';
import { WalkInPicker } from './WalkInPicker';

const fromMark = (mark: AttendanceMark | null): MarkDraft => ({ status: mark?.status ?? null, engagement: mark?.engagement ?? null, reason: mark?.reason ?? '' });
const sameDraft = (a: MarkDraft, b: MarkDraft) => a.status === b.status && a.engagement === b.engagement && a.reason.trim() === b.reason.trim();

/**
 * One occurrence's attendance, taken from the keyboard: the roster pre-filled, a key per status,
 * Enter to the next person. On its own page, or inside the meeting's note (`headingOrder` 3 there,
 * under the note's "Attendance" section), writing through the same operations either way.
 */
export function AttendanceSheet({ occurrenceId, headingOrder = 2 }: { occurrenceId: string; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation();
  const { formatTimeRange } = useCentreTime();
  const sheet = useHearthQuery('attendance.sheet', { occurrenceId });
  const record = useHearthMutation('attendance.record');
  const addWalkIn = useHearthMutation('attendance.addWalkIn');
  const [edits, setEdits] = useState<Record<string, MarkDraft>>({});
  const [conflict, setConflict] = useState<AppError | null>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const firstFocusDone = useRef(false);
  const tableArea = useRef<HTMLDivElement>(null);

  const readOnly = sheet.data ? sheet.data.lock !== null : true;
  // The first person's status has the focus as soon as the sheet can be taken: the keyboard is ready.
  useEffect(() => {
    if (firstFocusDone.current || !sheet.data || readOnly) return;
    firstFocusDone.current = true;
    tableArea.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }, [sheet.data, readOnly]);

  if (sheet.error) return <ErrorAlert error={sheet.error} />;
  if (!sheet.data) return <LoadingIndicator />;
  const { occurrence, rows, lock } = sheet.data;

  const valueOf = (row: AttendanceSheetRow): MarkDraft => edits[row.residentId] ?? fromMark(row.mark);
  const changedRows = rows.filter((row) => {
    const value = valueOf(row);
    return value.status !== null && !sameDraft(value, fromMark(row.mark));
  });
  const marked = rows.filter((row) => valueOf(row).status !== null).length;

  function change(row: AttendanceSheetRow, patch: Partial<MarkDraft>) {
    setEdits((current) => ({ ...current, [row.residentId]: { ...(current[row.residentId] ?? fromMark(row.mark)), ...patch } }));
  }

  function markRestPresent() {
    setEdits((current) => {
      const next = { ...current };
      for (const row of rows) if ((next[row.residentId] ?? fromMark(row.mark)).status === null) next[row.residentId] = { ...fromMark(row.mark), status: 'present' };
      return next;
    });
  }

  async function save() {
    if (changedRows.length === 0) {
      notifySuccess(t('attendance.sheet.nothingChanged'));
      return;
    }
    const marks: RecordAttendanceInput['marks'] = changedRows.map((row) => {
      const value = valueOf(row);
      return { residentId: row.residentId, status: value.status ?? 'present', engagement: value.engagement, reason: value.reason.trim(), expectedVersion: row.mark?.version ?? null };
    });
    const result = await record.run({ occurrenceId, marks });
    if (result.ok) {
      setEdits({});
      setConflict(null);
      notifySuccess(t('attendance.sheet.saved'));
    } else if (result.error.messageKey === 'problems.staleRecord') {
      setConflict(result.error);
    } else {
      notifyError(t, result.error);
    }
  }

  async function walkIn(resident: { id: string; name: string }) {
    const result = await addWalkIn.run({ occurrenceId, residentId: resident.id, status: 'present', reason: null, engagement: null });
    if (result.ok) notifySuccess(t('attendance.walkIn.added', { name: resident.name }));
    else notifyError(t, result.error);
  }

  return (
    <Stack gap="lg">
      <UnsavedChangesPrompt when={changedRows.length > 0} />
      <Stack gap={4}>
        <Text>
          {formatTimeRange(occurrence.startsAt, occurrence.endsAt)} · {occurrence.location.name} · {occurrence.activityName}
        </Text>
        {occurrence.facilitators.length > 0 && <Text c="dimmed">{t('attendance.sheet.facilitatedBy', { names: occurrence.facilitators.map((f) => f.name).join(', ') })}</Text>}
      </Stack>

      {lock && (
        <Alert color="blue" variant="light">
          {t(`attendance.sheet.locks.${lock}`)}
        </Alert>
      )}
      <ErrorAlert
        error={conflict}
        action={
          <Button
            variant="default"
            onClick={() => {
              setEdits({});
              setConflict(null);
              sheet.refetch();
            }}
          >
            {t('common.reload')}
          </Button>
        }
      />

      {!readOnly && (
        <section aria-labelledby="attendance-keys-heading">
          <Title order={headingOrder} size="h4" id="attendance-keys-heading">
            {t('attendance.sheet.keysTitle')}
          </Title>
          <Text size="sm">{t('attendance.sheet.keyHelp')}</Text>
          <Group gap="md" mt={4} aria-label={t('attendance.sheet.statusKeys')} role="group">
            {ATTENDANCE_STATUSES.map((status) => (
              <Text key={status} size="sm">
                <Kbd>{STATUS_KEYS[status]}</Kbd> {t(`attendance.statuses.${status}`)}
              </Text>
            ))}
          </Group>
          {occurrence.clinical ? (
            <Text size="sm" mt={4}>
              {t('attendance.sheet.clinical')}
            </Text>
          ) : (
            <Group gap="md" mt={4} aria-label={t('attendance.sheet.engagementKeys')} role="group">
              {ENGAGEMENT_LEVELS.map((level) => (
                <Text key={level} size="sm">
                  <Kbd>{ENGAGEMENT_KEYS[level]}</Kbd> {t(`attendance.engagement.${level}`)}
                </Text>
              ))}
            </Group>
          )}
        </section>
      )}

      <div ref={tableArea}>
        {rows.length === 0 ? (
          <Text>{t('attendance.sheet.empty')}</Text>
        ) : (
          <AttendanceSheetTable
            caption={t('attendance.sheet.caption', { title: occurrence.title, marked, total: rows.length })}
            rows={rows}
            valueOf={valueOf}
            onChange={change}
            clinical={occurrence.clinical}
            readOnly={readOnly}
            onPastLastRow={() => saveButton.current?.focus()}
          />
        )}
      </div>

      {!readOnly && (
        <Group>
          <Button ref={saveButton} onClick={() => void save()} loading={record.pending}>
            {t('attendance.sheet.save')}
          </Button>
          <Button variant="default" onClick={markRestPresent} disabled={marked === rows.length}>
            {t('attendance.sheet.markRestPresent')}
          </Button>
        </Group>
      )}

      {!readOnly && (
        <section aria-labelledby="attendance-walk-in-heading">
          <Title order={headingOrder} size="h4" id="attendance-walk-in-heading" mb="xs">
            {t('attendance.walkIn.title')}
          </Title>
          <WalkInPicker rosterIds={new Set(rows.map((row) => row.residentId))} disabled={readOnly} busy={addWalkIn.pending} onAdd={(resident) => void walkIn(resident)} />
        </section>
      )}
    </Stack>
  );
}
