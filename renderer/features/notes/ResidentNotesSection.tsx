import { Card, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GOAL_STATUSES, type GoalStatus, type NoteSubjectKind, type ResidentGoal } from '../../../shared/contract/notes';
import { ErrorAlert } from '../../app/errors';
import { notifyError, notifySuccess } from '../../app/notify';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { useCentreTime } from '../../app/useCentreTime';
import { useOpeningId } from '../../app/useOpeningId';
import { meetingLabel } from './meetingLabel';

/**
 * On a resident's page: their own lines from the group notes the person may read, and their goals
 * over time. The core returns only this resident's lines (notes.residentLines), never anyone else's.
 */
export function ResidentNotesSection({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const allowed = can('notes.read');
  const view = useHearthQuery('notes.residentLines', { residentId, openingId: useOpeningId(residentId) }, { enabled: allowed });
  if (!allowed) return null;
  return (
    <section aria-labelledby="resident-notes-heading">
      <Title order={2} size="h3" mb="xs" id="resident-notes-heading">
        {t('notes.resident.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('notes.resident.intro')}
      </Text>
      <ErrorAlert error={view.error} />
      {view.data && (
        <Stack>
          <Goals goals={view.data.goals} />
          {view.data.lines.length === 0 && <Text>{t('notes.resident.none')}</Text>}
          {view.data.lines.map((line) => (
            <Card key={line.noteId} withBorder padding="sm">
              <LineCard line={line} />
            </Card>
          ))}
        </Stack>
      )}
    </section>
  );
}

function LineCard({ line }: { line: { subjectKind: NoteSubjectKind; meetingTitle: string; localDate: string; signed: boolean; checkIn: string; mood: number | null; sharing: string; goal: string } }) {
  const { t } = useTranslation();
  const { formatDate } = useCentreTime();
  const row = (label: string, value: string) => value.trim() !== '' && (
    <Text size="sm">
      <Text span fw={600}>
        {label}:{' '}
      </Text>
      <Text span style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    </Text>
  );
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t('notes.resident.meeting', { title: meetingLabel(t, line.subjectKind, line.meetingTitle), date: formatDate(line.localDate) })}
        {line.signed ? '' : ` (${t('notes.resident.draft')})`}
      </Title>
      {row(t('notes.resident.checkIn'), line.checkIn)}
      {line.mood !== null && <Text size="sm">{t('notes.resident.mood', { mood: line.mood })}</Text>}
      {row(t('notes.resident.sharing'), line.sharing)}
      {row(t('notes.resident.goal'), line.goal)}
    </Stack>
  );
}

function Goals({ goals }: { goals: ResidentGoal[] }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { formatDate } = useCentreTime();
  const setStatus = useHearthMutation('notes.setGoalStatus');
  async function change(goal: ResidentGoal, status: GoalStatus) {
    const result = await setStatus.run({ goalId: goal.id, expectedVersion: goal.version, status });
    if (result.ok) notifySuccess(t('notes.resident.statusChanged'));
    else notifyError(t, result.error);
  }
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('notes.resident.goalsTitle')}
      </Title>
      {goals.length === 0 && <Text size="sm">{t('notes.resident.noGoals')}</Text>}
      {goals.map((goal) => (
        <Card key={goal.id} withBorder padding="xs">
          <Text fw={600}>{goal.text}</Text>
          <Text size="sm">{t('notes.resident.goalSetOn', { date: formatDate(goal.setOn), meeting: meetingLabel(t, goal.subjectKind, goal.meetingTitle) })}</Text>
          <NativeSelect
            maw={220}
            label={t('notes.resident.goalStatus', { goal: goal.text })}
            data={GOAL_STATUSES.map((status) => ({ value: status, label: t(`notes.goalStatus.${status}`) }))}
            value={goal.status}
            disabled={!can('notes.write')}
            onChange={(event) => void change(goal, event.currentTarget.value as GoalStatus)}
          />
        </Card>
      ))}
    </Stack>
  );
}
