import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app/links';
import { useSession } from '../../app/session';

/**
 * "Take attendance for <title>": the way from an occurrence (the calendar's occurrence dialog, the
 * Today board) to its attendance sheet. Shown to people who may take or read attendance; the sheet itself
 * says when they may not take it (not their session, not yet held, cancelled).
 */
export function TakeAttendanceLink({ occurrenceId, title }: { occurrenceId: string; title: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can('attendance.take') && !can('attendance.read')) return null;
  return (
    <AppLink to="/attendance/$occurrenceId" params={{ occurrenceId }}>
      {t('attendance.list.take', { title })}
    </AppLink>
  );
}
