import { useLayoutEffect, type RefObject } from 'react';

/** The week views' day headers (buttons that open the day). */
const DAY_HEADERS = '.mantine-WeekView-weekViewDayLabel, .mantine-ResourcesWeekView-resourcesWeekViewDayLabel';

/**
 * Workaround for @mantine/schedule 9.6.3: its day headers carry an `aria-label` ("Weekday
 * 2027-01-13") that does not contain their visible text ("Wed 13"), which fails WCAG 2.5.3
 * (axe: label-content-name-mismatch), and no prop changes it. Dropping the label lets each header
 * be named by what it shows. Runs after every render of the calendar: React only writes the
 * attribute again when its value changes (another week), and this removes it again then.
 */
export function useDayHeadersNamedByText(root: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    root.current?.querySelectorAll(DAY_HEADERS).forEach((header) => header.removeAttribute('aria-label'));
  });
}
