import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/dates';
import { ErrorAlert } from '../../app/errors';
import { useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { useCentreTime } from '../../app/useCentreTime';

/** Four weeks of meetings ahead: the group's sessions in the schedule, each booking the roster of its date. */
const WEEKS_AHEAD = 4;

/** The group's upcoming meetings (sessions of the schedule that name the group). */
export function GroupMeetings({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const centre = useCentreTime();
  const today = centre.today();
  const meetings = useHearthQuery('schedule.range', { from: today, to: addDays(today, WEEKS_AHEAD * 7 - 1), groupId, includeCancelled: false }, { enabled: can('schedule.read') });
  if (!can('schedule.read')) return null;

  return (
    <section aria-labelledby="group-meetings-heading">
      <Title order={2} size="h3" mb="sm" id="group-meetings-heading">
        {t('groups.page.meetings')}
      </Title>
      {meetings.error && <ErrorAlert error={meetings.error} />}
      {meetings.data && meetings.data.occurrences.length === 0 && <Text size="sm">{t('groups.page.noMeetings')}</Text>}
      {meetings.data && meetings.data.occurrences.length > 0 && (
        <List>
          {meetings.data.occurrences.map((meeting) => (
            <List.Item key={meeting.id}>
              {t('groups.page.meeting', { time: centre.formatTimeRange(meeting.startsAt, meeting.endsAt), place: meeting.location.name, count: meeting.participants.length })}
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
