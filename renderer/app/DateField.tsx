import { ActionIcon } from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useState, type FocusEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPLAY_DATE_FORMAT, dateLanguageOf, isRealCalendarDate, parseTypedDate } from '../../shared/dates';

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'dateParser' | 'valueFormat' | 'error'> & {
  label: string;
  /** `YYYY-MM-DD`, '' when empty, or the text typed when it is not a date (the form's schema then refuses it). */
  value?: string;
  onChange: (value: string) => void;
  error?: ReactNode;
};

/**
 * A calendar date typed from the keyboard in the interface language ("3 déc. 2026", "03/12/2026",
 * "2026-12-03": shared/dates.ts lists the accepted forms), shown as "3 déc. 2026" / "Dec 3, 2026".
 * The form holds `YYYY-MM-DD`. Text that is not a date is handed to the form as typed, so the
 * shared schema shows "enter a real date" under the field and the form cannot be sent with the
 * previous date still in it; the text stays in the field to be corrected.
 * The calendar opens from the button at the end of the field only (a mouse aid: typing never pops
 * it over the fields below); the button is left out of the Tab order, since the field is typed.
 */
export function DateField({ value = '', onChange, onBlur, onKeyDown, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language = dateLanguageOf(i18n.language);
  const [calendarOpen, setCalendarOpen] = useState(false);
  const isDate = isRealCalendarDate(value);

  function parse(text: string): string | null {
    const parsed = parseTypedDate(text, language);
    if (parsed === null) onChange(text.trim() === '' ? '' : text);
    return parsed;
  }

  return (
    <DateInput
      {...props}
      value={isDate ? value : null}
      onChange={(date) => onChange(date ?? '')}
      dateParser={parse}
      valueFormat={DISPLAY_DATE_FORMAT}
      // Reformat a date on leaving the field ("2026-12-03" becomes "Dec 3, 2026"); keep text that is not one.
      fixOnBlur={isDate || value === ''}
      allowDeselect
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        setCalendarOpen(false);
        onBlur?.(event);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setCalendarOpen(false);
        onKeyDown?.(event);
      }}
      popoverProps={{ opened: calendarOpen, onChange: setCalendarOpen }}
      getDayProps={() => ({ onClick: () => setCalendarOpen(false) })}
      // Days of the neighbouring months are drawn faint and weekends red, both below the contrast
      // people need (axe): the former are left out, the latter drawn as any other day.
      hideOutsideDates
      weekendDays={[]}
      // The month and year headers keep their visible text ("novembre 2026") as their name.
      ariaLabels={{
        previousMonth: t('common.dates.previousMonth'),
        nextMonth: t('common.dates.nextMonth'),
        previousYear: t('common.dates.previousYear'),
        nextYear: t('common.dates.nextYear'),
        previousDecade: t('common.dates.previousDecade'),
        nextDecade: t('common.dates.nextDecade'),
      }}
      rightSection={
        <ActionIcon variant="subtle" color="gray" tabIndex={-1} aria-label={t('common.dates.openCalendar')} onClick={() => setCalendarOpen((open) => !open)}
          onKeyDown={(event) => event.key === 'Escape' && setCalendarOpen(false)}
        >
          <CalendarIcon />
        </ActionIcon>
      }
    />
  );
}

function CalendarIcon() {
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M16 3v4M8 3v4M3 11h18" />
    </svg>
  );
}
