import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduledOccurrence } from '../../../shared/contract/schedule';
import { AppModal } from '../../app/AppModal';
import { ErrorAlert } from '../../app/errors';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { CancelOccurrenceForm } from './CancelOccurrenceForm';
import { MoveOccurrenceForm } from './MoveOccurrenceForm';
import { OccurrenceDetails } from './OccurrenceDetails';
import { OccurrenceLinks } from './OccurrenceLinks';
import { RestoreOccurrence } from './RestoreOccurrence';
import type { EditScope } from './sessionFormMode';

type Stage = 'details' | 'move' | 'cancel' | 'restore';

/**
 * One occurrence, opened from the calendar (click or Enter): its details and, for those who may
 * change the schedule, what can be done to it. Edits open the session form; move, cancel and
 * restore happen here. Read afresh from the core, so the version sent back is the current one.
 */
export function OccurrenceDialog({ occurrenceId, onClose, onEdit }: { occurrenceId: string; onClose: () => void; onEdit: (scope: EditScope, occurrence: ScheduledOccurrence) => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [stage, setStage] = useState<Stage>('details');
  const query = useHearthQuery('occurrences.get', { id: occurrenceId });
  const occurrence = query.data;
  const back = () => setStage('details');

  return (
    <AppModal opened onClose={onClose} title={occurrence ? occurrence.title : t('schedule.occurrence.title')}>
      <ErrorAlert error={query.error} />
      {!occurrence && !query.error && <LoadingIndicator />}
      {occurrence && stage === 'details' && (
        <Stack>
          <OccurrenceDetails occurrence={occurrence} />
          <OccurrenceLinks occurrence={occurrence} />
          {can('schedule.write') && <OccurrenceActions occurrence={occurrence} onStage={setStage} onEdit={(scope) => onEdit(scope, occurrence)} />}
        </Stack>
      )}
      {occurrence && stage === 'move' && <MoveOccurrenceForm occurrence={occurrence} onDone={back} onCancel={back} />}
      {occurrence && stage === 'cancel' && <CancelOccurrenceForm occurrence={occurrence} onDone={back} onCancel={back} />}
      {occurrence && stage === 'restore' && <RestoreOccurrence occurrence={occurrence} onDone={back} onCancel={back} />}
    </AppModal>
  );
}

function OccurrenceActions({ occurrence, onStage, onEdit }: { occurrence: ScheduledOccurrence; onStage: (stage: Stage) => void; onEdit: (scope: EditScope) => void }) {
  const { t } = useTranslation();
  if (occurrence.status === 'cancelled') {
    return (
      <Group justify="flex-end">
        <Button onClick={() => onStage('restore')}>{t('schedule.restore.title')}</Button>
      </Group>
    );
  }
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" onClick={() => onEdit('occurrence')}>
        {t('schedule.edit.occurrence')}
      </Button>
      {occurrence.recurring && (
        <>
          <Button variant="default" onClick={() => onEdit('following')}>
            {t('schedule.edit.following')}
          </Button>
          <Button variant="default" onClick={() => onEdit('series')}>
            {t('schedule.edit.series')}
          </Button>
        </>
      )}
      <Button variant="default" onClick={() => onStage('move')}>
        {t('schedule.move.title')}
      </Button>
      <Button variant="default" onClick={() => onStage('cancel')}>
        {t('schedule.cancel.title')}
      </Button>
    </Group>
  );
}
