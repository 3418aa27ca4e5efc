import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupNote, NoteParticipant } from '../../../shared/contract/notes';
import { TakeAttendanceLink } from '../attendance/TakeAttendanceLink';

/**
 * Who was at the meeting, as its attendance sheet says, with the way to that sheet: the note's
 * lines follow the attendance (absent and excused people get none of their own), so the facilitator
 * takes or corrects it there rather than in the note.
 */
export function NoteAttendanceList({ note }: { note: GroupNote }) {
  const { t } = useTranslation();
  const statusOf = ({ attendance }: NoteParticipant) => {
    if (!attendance) return t('notes.attendance.notTaken');
    const status = t(`notes.attendance.statuses.${attendance.status}`);
    return attendance.walkIn ? t('notes.attendance.walkIn', { status }) : status;
  };
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
      <div>
        <TakeAttendanceLink occurrenceId={note.meeting.subjectId} title={note.meeting.title} />
      </div>
    </Stack>
  );
}
