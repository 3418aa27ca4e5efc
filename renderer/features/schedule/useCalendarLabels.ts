import type { ScheduleLabelsOverride } from '@mantine/schedule';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The calendar library's own words (views, today, previous, next...) in the interface language. */
export function useCalendarLabels(): ScheduleLabelsOverride {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      day: t('schedule.calendar.day'),
      week: t('schedule.calendar.week'),
      month: t('schedule.calendar.month'),
      year: t('schedule.calendar.year'),
      allDay: t('schedule.calendar.allDay'),
      weekday: t('schedule.calendar.weekday'),
      timeSlot: t('schedule.calendar.timeSlot'),
      today: t('schedule.calendar.today'),
      next: t('schedule.calendar.next'),
      previous: t('schedule.calendar.previous'),
      more: t('schedule.calendar.more'),
      selectMonth: t('schedule.calendar.selectMonth'),
      selectYear: t('schedule.calendar.selectYear'),
      switchToDayView: t('schedule.calendar.switchToDayView'),
      switchToWeekView: t('schedule.calendar.switchToWeekView'),
      switchToMonthView: t('schedule.calendar.switchToMonthView'),
      switchToYearView: t('schedule.calendar.switchToYearView'),
      viewSelectLabel: t('schedule.calendar.viewSelectLabel'),
      noEvents: t('schedule.calendar.noEvents'),
      moreLabel: (count: number) => t('schedule.calendar.moreLabel', { count }),
      resource: t('schedule.calendar.resource'),
      resources: t('schedule.calendar.resources'),
      resourceSlot: t('schedule.calendar.resourceSlot'),
      agenda: t('schedule.calendar.agenda'),
    }),
    [t],
  );
}
