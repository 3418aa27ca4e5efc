import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/links';
import { useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { GapFlag } from './GapFlag';

/**
 * For a peer support specialist's week: the residents they mentor who have gone past the centre's
 * gap without a meeting. Nothing for anyone else (clinical staff see every pair on the mentoring page).
 */
export function MyFlaggedPairs() {
  const { t } = useTranslation();
  const { session, can } = useSession();
  const mentors = can('mentoring.read') && session.roles.includes('peer_support_specialist');
  const query = useHearthQuery('mentoring.listPairs', { flaggedOnly: true, includeEnded: false }, { enabled: mentors });
  if (!mentors) return null;
  const pairs = (query.data ?? []).filter((pair) => pair.mentorStaffId === session.staffId);
  return (
    <section aria-labelledby="my-flagged-pairs-heading">
      <Title order={2} size="h3" mb="sm" id="my-flagged-pairs-heading">
        {t('mentoring.myWeek.title')}
      </Title>
      {query.data && pairs.length === 0 && <Text>{t('mentoring.myWeek.none')}</Text>}
      <List spacing="xs">
        {pairs.map((pair) => (
          <List.Item key={pair.id}>
            <AppLink to="/mentoring/$id" params={{ id: pair.id }}>
              {pair.residentName}
            </AppLink>{' '}
            <GapFlag days={pair.daysWithoutMeeting} />
          </List.Item>
        ))}
      </List>
    </section>
  );
}
