import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduledOccurrence } from '../../../shared/contract/schedule';
import { AppLink } from '../../app/links';
import { useSession } from '../../app/session';
import { TakeAttendanceLink } from '../attendance/TakeAttendanceLink';
import { SheetEntered } from '../rosters/SheetEntered';

/**
 * The ways from an occurrence to what is recorded about it: attendance, the group note and the
 * paper sign-in sheet (printed, then entered back). Each shows only to people who may use it.
 */
export function OccurrenceLinks({ occurrence }: { occurrence: ScheduledOccurrence }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const params = { occurrenceId: occurrence.id };
  return (
    <Group gap="md" aria-label={t('schedule.occurrence.links')} role="group">
      <TakeAttendanceLink occurrenceId={occurrence.id} title={occurrence.title} />
      {can('notes.read') && (
        <AppLink to="/notes/$subjectKind/$subjectId" params={{ subjectKind: 'occurrence', subjectId: occurrence.id }}>
          {t('schedule.occurrence.groupNote')}
        </AppLink>
      )}
      {can('rosters.printSignInSheets') && (
        <AppLink to="/rosters/sheet/$occurrenceId" params={params}>
          {t('schedule.occurrence.printSheet')}
        </AppLink>
      )}
      {can('attendance.take') && (
        <AppLink to="/rosters/sheet/$occurrenceId/enter" params={params}>
          {t('schedule.occurrence.enterSheet')}
        </AppLink>
      )}
      {/* Whether the returned sheet was typed back, for those who may both print and enter it. */}
      {can('attendance.take') && can('rosters.printSignInSheets') && <SheetEntered occurrenceId={occurrence.id} />}
    </Group>
  );
}
