import { DayView, MonthView, ResourcesDayView, ResourcesWeekView, WeekView, type DateTimeStringValue, type DayOfWeek, type ScheduleEventData, type ScheduleViewLevel } from '@mantine/schedule';
import { memo, useMemo, useRef } from 'react';
import type { ScheduledOccurrence } from '../../../shared/contract/schedule';
import { firstDayOfWeek, wallDateTimeIn, type DateLanguage } from '../../../shared/dates';
import type { ScheduleGrouping, ScheduleView } from '../../app/routeSearch';
import { calendarEvents, calendarRows, type OccurrenceEvent } from './calendarEvents';
import { CancelledEventBody } from './CancelledEventBody';
import { useCalendarLabels } from './useCalendarLabels';
import { useDayHeadersNamedByText } from './useDayHeadersNamedByText';

/** The centre's day: the hours drawn (fewer slots to paint; the day view scrolls to its start). */
const DAY_START = '07:00:00';
const DAY_END = '22:00:00';
const VIEWS: ScheduleViewLevel[] = ['day', 'week', 'month'];
// Weekends are drawn in red by default, below the contrast people need (axe): a centre works every day anyway.
const NO_WEEKEND: DayOfWeek[] = [];

export interface EventDrop {
  occurrence: ScheduledOccurrence;
  newStart: DateTimeStringValue;
  newEnd: DateTimeStringValue;
}

interface ScheduleCalendarProps {
  view: ScheduleView;
  date: string;
  grouping: ScheduleGrouping;
  occurrences: readonly ScheduledOccurrence[];
  timeZone: string;
  language: DateLanguage;
  /** Dragging and resizing are offered to those who may change the schedule. */
  canMove: boolean;
  onOpen: (occurrence: ScheduledOccurrence) => void;
  onMove: (drop: EventDrop) => void;
  onDateChange: (date: string) => void;
  onViewChange: (view: ScheduleView) => void;
}

const occurrenceOf = (event: ScheduleEventData) => (event as OccurrenceEvent).payload!.occurrence;
const renderEventBody = (event: ScheduleEventData) => {
  const occurrence = occurrenceOf(event);
  return occurrence.status === 'scheduled' ? occurrence.title : <CancelledEventBody occurrence={occurrence} />;
};
// A cancelled occurrence is shown, not moved: restoring it goes through its dialog.
const canDrag = (event: ScheduleEventData) => occurrenceOf(event).status === 'scheduled';

/**
 * The calendar itself: day, week or month, or the day or week as rows of locations, facilitators
 * or resources. It draws what the core sent for the visible range (events memoised, so a
 * re-render of the page does not lay them out again) and reports clicks and drops; the page
 * decides what happens. Drops are acted on in `onEventDrop` (the library's drag-end fires several
 * times per drag); the library is controlled, so a refused move simply leaves the event where it was.
 */
export const ScheduleCalendar = memo(function ScheduleCalendar({ view, date, grouping, occurrences, timeZone, language, canMove, onOpen, onMove, onDateChange, onViewChange }: ScheduleCalendarProps) {
  const labels = useCalendarLabels();
  const root = useRef<HTMLDivElement>(null);
  useDayHeadersNamedByText(root);
  const grouped = grouping !== 'none' && view !== 'month';
  const events = useMemo(() => calendarEvents(occurrences, grouped ? grouping : 'none', timeZone), [occurrences, grouped, grouping, timeZone]);
  const rows = useMemo(() => (grouping !== 'none' && view !== 'month' ? calendarRows(occurrences, grouping) : []), [occurrences, view, grouping]);

  const common = {
    date,
    events,
    locale: language,
    labels,
    renderEventBody,
    onDateChange,
    onViewChange: (next: ScheduleViewLevel) => next !== 'year' && onViewChange(next),
    viewSelectProps: { views: VIEWS },
    onEventClick: (event: ScheduleEventData) => onOpen(occurrenceOf(event)),
    withEventsDragAndDrop: canMove,
    canDragEvent: canDrag,
    onEventDrop: ({ event, newStart, newEnd }: { event: ScheduleEventData; newStart: string; newEnd: string }) => onMove({ occurrence: occurrenceOf(event), newStart, newEnd }),
    getCurrentTime: () => wallDateTimeIn(new Date().toISOString(), timeZone),
  };
  const timed = {
    ...common,
    startTime: DAY_START,
    endTime: DAY_END,
    withEventResize: canMove,
    canResizeEvent: canDrag,
    onEventResize: common.onEventDrop,
  };
  const weekStart = firstDayOfWeek(language);

  return <div ref={root}>{calendarView()}</div>;

  function calendarView() {
    if (view === 'month') return <MonthView {...common} firstDayOfWeek={weekStart} weekendDays={NO_WEEKEND} />;
    if (grouped && view === 'week') return <ResourcesWeekView {...timed} resources={rows} firstDayOfWeek={weekStart} weekendDays={NO_WEEKEND} />;
    if (grouped) return <ResourcesDayView {...timed} resources={rows} />;
    if (view === 'day') return <DayView {...timed} withAllDaySlot={false} />;
    return <WeekView {...timed} firstDayOfWeek={weekStart} weekendDays={NO_WEEKEND} withAllDaySlots={false} />;
  }
});
