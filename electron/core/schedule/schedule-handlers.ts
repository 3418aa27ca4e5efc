import type { scheduleContract } from '../../../shared/contract/schedule';
import type { HandlersFor } from '../handler-types';
import type { ScheduleDeps } from './schedule-deps';

// TEMPORARY (issue 14 in progress): replaced by the sessions, conflicts and board services before the issue lands.
const pending = () => Promise.reject(new Error('not built yet'));

export function scheduleHandlers(_deps: ScheduleDeps): HandlersFor<typeof scheduleContract> {
  return {
    'schedule.range': pending,
    'schedule.today': pending,
    'schedule.previewChange': pending,
    'sessions.get': pending,
    'sessions.create': pending,
    'sessions.updateSeries': pending,
    'occurrences.get': pending,
    'occurrences.update': pending,
    'occurrences.move': pending,
    'occurrences.cancel': pending,
    'occurrences.restore': pending,
  };
}
