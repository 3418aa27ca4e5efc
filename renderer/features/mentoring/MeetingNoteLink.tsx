import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MentoringMeeting } from '../../../shared/contract/mentoring';
import { AppLink } from '../../app/links';
import { useCentreTime } from '../../app/useCentreTime';

/** The way from a logged meeting to its note, saying whether it is started and signed. */
export function MeetingNoteLink({ meeting }: { meeting: MentoringMeeting }) {
  const { t } = useTranslation();
  const { formatDate } = useCentreTime();
  const action = meeting.noteState === 'none' ? t('mentoring.pair.writeNote') : t('mentoring.pair.openNote');
  return (
    <Group gap="xs" wrap="nowrap">
      <AppLink to="/notes/$subjectKind/$subjectId" params={{ subjectKind: 'mentoringMeeting', subjectId: meeting.id }} aria-label={t('mentoring.pair.noteLinkLabel', { action, date: formatDate(meeting.heldOn) })}>
        {action}
      </AppLink>
      {meeting.noteState !== 'none' && (
        <Text span size="sm" c="dimmed">
          ({meeting.noteState === 'signed' ? t('mentoring.pair.noteSigned') : t('mentoring.pair.noteDraft')})
        </Text>
      )}
    </Group>
  );
}
