import { formatInstant, todayAtCentre } from './format';
import { useSession } from './session';

/** Times and "today" in the centre's time zone (a setting), whatever the machine's zone is. */
export function useCentreTime() {
  const { session } = useSession();
  return {
    formatInstant: (value: string | null | undefined) => formatInstant(value, session.timeZone),
    today: () => todayAtCentre(session.timeZone),
  };
}
