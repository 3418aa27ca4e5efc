import { useTranslation } from 'react-i18next';
import { dateLanguageOf, formatDayHeading, formatTimeOfDay, todayIn } from '../../../shared/dates';
import { useSession } from '../../app/session';

/** Times of day and day headings on the centre's wall clock, in the interface language. */
export function useWallClock() {
  const { session } = useSession();
  const { t, i18n } = useTranslation();
  const language = dateLanguageOf(i18n.language);
  const time = (instant: string) => formatTimeOfDay(instant, session.timeZone, language);
  return {
    language,
    time,
    /** "14:00–15:30" */
    span: (occurrence: { startsAt: string; endsAt: string }) => t('today.occurrence.time', { start: time(occurrence.startsAt), end: time(occurrence.endsAt) }),
    day: (date: string) => formatDayHeading(date, language),
    today: () => todayIn(session.timeZone),
  };
}
