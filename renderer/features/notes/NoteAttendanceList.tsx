import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { GroupNote, NoteParticipant } from '../../../shared/contract/notes';
import { useSession } from '../../app/session';
import { AttendanceSheet } from '../attendance/AttendanceSheet';
import { TakeAttendanceLink } from '../attendance/TakeAttendanceLink';

/**
 * Who was at the meeting, as its attendance says. The note's lines follow the attendance (absent
 * and excused people get none of their own), so the facilitator can take or correct it right here,
 * on the same sheet and through the same operations as the attendance screen; the note's
 * participants follow as soon as it is saved.
 */
export function NoteAttendanceList({ note }: { note: GroupNote }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [sheetOpen, sheet] = useDisclosure(false);
  const statusOf = ({ attendance }: NoteParticipant) => {
    if (!attendance) return t('notes.attendance.notTaken');
    const status = t(`notes.attendance.statuses.${attendance.status}`);
    return attendance.walkIn ? t('notes.attendance.walkIn', { status }) : status;
  };
  const occurrenceId = note.meeting.subjectId;
  return (
    <Stack gap="xs">
      {/* An empty meeting is said once, in the check-in section below. */}
      {note.participants.length > 0 && (
        <List aria-label={t('notes.attendance.title')}>
          {note.participants.map((participant) => (
            <List.Item key={participant.residentId}>{t('notes.attendance.person', { name: participant.name, status: statusOf(participant) })}</List.Item>
          ))}
        </List>
      )}
      <Text size="sm" c="dimmed">
        {t('notes.attendance.noLines')}
      </Text>
      <Group>
        {can('attendance.take') && (
          <Button variant="default" onClick={sheet.toggle} aria-expanded={sheetOpen} aria-controls="note-attendance-sheet">
            {sheetOpen ? t('notes.attendance.hideSheet') : t('notes.attendance.takeHere')}
          </Button>
        )}
        <TakeAttendanceLink occurrenceId={occurrenceId} title={note.meeting.title} />
      </Group>
      <div id="note-attendance-sheet">
        {/* Mounted only while open: its keyboard focus and unsaved-changes prompt belong to an open sheet. */}
        {sheetOpen && <AttendanceSheet occurrenceId={occurrenceId} headingOrder={3} />}
      </div>
    </Stack>
  );
}
