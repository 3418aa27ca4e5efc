import { Button } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangePreview, ScheduledOccurrence } from '../../../shared/contract/schedule';
import { dateLanguageOf, firstDayOfWeek } from '../../../shared/dates';
import { ErrorAlert } from '../../app/errors';
import { PageHeader } from '../../app/PageHeader';
import { useHearthQuery } from '../../app/queries';
import type { ScheduleSearch, ScheduleView } from '../../app/routeSearch';
import { useSession } from '../../app/session';
import { useCentreTime } from '../../app/useCentreTime';
import { ClashModal } from './ClashModal';
import { OccurrenceDialog } from './OccurrenceDialog';
import { droppedTime, occurrenceTime } from './occurrenceTime';
import { ScheduleCalendar, type EventDrop } from './ScheduleCalendar';
import { ScheduleFilters } from './ScheduleFilters';
import type { SessionFormTarget } from './sessionFormMode';
import { SessionFormModal } from './SessionFormModal';
import { useMoveOccurrence } from './useMoveOccurrence';
import { useScheduleChoices } from './useScheduleChoices';
import { visibleRange } from './visibleRange';

const route = getRouteApi('/schedule');
const NO_OCCURRENCES: ScheduledOccurrence[] = [];

/**
 * The calendar: the occurrences of the visible range only, as the core expanded them, with the
 * view, date, grouping and filters in the address (a reload or Back gives the same screen).
 */
export function SchedulePage() {
  const { t, i18n } = useTranslation();
  const { session, can } = useSession();
  const centre = useCentreTime();
  const language = dateLanguageOf(i18n.language);
  const search = route.useSearch();
  const setSearch = route.useNavigate();
  const date = search.date || centre.today();
  const range = visibleRange(search.view, date, firstDayOfWeek(language));
  const choices = useScheduleChoices();

  const occurrences = useHearthQuery('schedule.range', {
    ...range,
    activityTypeIds: search.types,
    facilitatorId: search.facilitator || null,
    locationId: search.location || null,
    residentId: search.resident || null,
  });
  // While another week loads, the last one stays drawn rather than the calendar emptying and filling again.
  const [shown, setShown] = useState(occurrences.data);
  if (occurrences.data && occurrences.data !== shown) setShown(occurrences.data);

  const [openId, setOpenId] = useState<string | null>(null);
  const [form, setForm] = useState<SessionFormTarget | null>(null);
  const [refused, setRefused] = useState<ChangePreview | null>(null);
  const { moveWithUndo } = useMoveOccurrence(setRefused);

  const change = useCallback((next: Partial<ScheduleSearch>) => void setSearch({ search: (previous) => ({ ...previous, ...next }) }), [setSearch]);
  const onDateChange = useCallback((next: string) => change({ date: next }), [change]);
  const onViewChange = useCallback((view: ScheduleView) => change({ view }), [change]);
  const onOpen = useCallback((occurrence: ScheduledOccurrence) => setOpenId(occurrence.id), []);
  const timeZone = session.timeZone;
  const onMove = useCallback(
    ({ occurrence, newStart, newEnd }: EventDrop) => void moveWithUndo(occurrence, occurrenceTime(occurrence, timeZone), droppedTime(newStart, newEnd)),
    [moveWithUndo, timeZone],
  );

  return (
    <>
      <PageHeader title={t('schedule.title')}>
        {can('schedule.write') && <Button onClick={() => setForm({ kind: 'create', date })}>{t('schedule.newSession')}</Button>}
      </PageHeader>
      <ScheduleFilters search={search} choices={choices} onChange={change} />
      <ErrorAlert error={occurrences.error ?? choices.error} />
      <div aria-busy={occurrences.busy} aria-label={t('schedule.calendar.label')} role="region">
        <ScheduleCalendar
          view={search.view}
          date={date}
          grouping={search.groupBy}
          occurrences={shown?.occurrences ?? NO_OCCURRENCES}
          timeZone={timeZone}
          language={language}
          canMove={can('schedule.write')}
          onOpen={onOpen}
          onMove={onMove}
          onDateChange={onDateChange}
          onViewChange={onViewChange}
        />
      </div>
      {openId && <OccurrenceDialog occurrenceId={openId} onClose={() => setOpenId(null)} onEdit={(scope, occurrence) => {
        setOpenId(null);
        setForm({ kind: 'edit', scope, occurrence });
      }} />}
      {form && <SessionFormModal target={form} onClose={() => setForm(null)} />}
      <ClashModal preview={refused} onClose={() => setRefused(null)} />
    </>
  );
}
