import { useTranslation } from 'react-i18next';
import { dateLanguageOf, formatCalendarDate, formatInstant, formatTimeRange, todayIn } from '../../shared/dates';
import { useSession } from './session';

/**
 * Dates and times as people at the centre read them: in the interface language ("Dec 3, 2026",
 * "3 déc. 2026") and, for instants, on the centre's wall clock (a setting the session carries),
 * whatever the machine's zone is.
 */
export function useCentreTime() {
  const { session } = useSession();
  const { i18n } = useTranslation();
  const language = dateLanguageOf(i18n.language);
  return {
    /** A stored `YYYY-MM-DD` date, "—" when there is none. */
    formatDate: (value: string | null | undefined) => formatCalendarDate(value, language),
    /** A UTC instant on the centre's wall clock, "—" when there is none. */
    formatInstant: (value: string | null | undefined) => formatInstant(value, session.timeZone, language),
    /** A booking's start and end on the centre's wall clock: "Mon, Dec 7, 2026 2:00 PM – 3:00 PM". */
    formatTimeRange: (startsAt: string, endsAt: string) => formatTimeRange(startsAt, endsAt, session.timeZone, language),
    /** Today at the centre, as `YYYY-MM-DD`, to prefill date fields. */
    today: () => todayIn(session.timeZone),
  };
}
