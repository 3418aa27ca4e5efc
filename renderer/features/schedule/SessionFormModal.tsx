import { useTranslation } from 'react-i18next';
import { AppModal } from '../../app/AppModal';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { SessionForm } from './SessionForm';
import type { SessionFormTarget } from './sessionFormMode';
import { newSessionValues, occurrenceValues, seriesValues } from './sessionFormValues';

/** The session form in a dialog over the calendar; a series edit first reads the series as saved. */
export function SessionFormModal({ target, onClose }: { target: SessionFormTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const scope = target.kind === 'create' ? 'create' : target.scope;
  const needsSeries = target.kind === 'edit' && target.scope !== 'occurrence';
  const series = useHearthQuery('sessions.get', { id: target.kind === 'edit' ? target.occurrence.sessionId : '' }, { enabled: needsSeries });

  function initialValues() {
    if (target.kind === 'create') return newSessionValues(target.date);
    if (target.scope === 'occurrence') return occurrenceValues(target.occurrence, session.timeZone);
    return series.data ? seriesValues(series.data, target.scope === 'following' ? target.occurrence.localDate : undefined) : null;
  }
  const values = initialValues();

  return (
    <AppModal opened onClose={onClose} title={t(`schedule.form.title.${scope}`)} size="xl">
      <ErrorAlert error={series.error} />
      {!values && !series.error && <LoadingIndicator />}
      {values && <SessionForm target={target} series={series.data ?? null} initialValues={values} onDone={onClose} onCancel={onClose} />}
    </AppModal>
  );
}
