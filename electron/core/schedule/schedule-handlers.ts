import type { scheduleContract } from '../../../shared/contract/schedule';
import { actorOf, type HandlersFor } from '../handler-types';
import type { ScheduleDeps } from './schedule-deps';
import { ScheduleReads } from './sessions/schedule-reads';
import { SessionsService } from './sessions/sessions-service';

// TEMPORARY (issue 14 in progress): 'schedule.today' is built by the Today board's branch.
const pending = () => Promise.reject(new Error('not built yet'));
const notYet = () => Promise.reject(new Error('not built yet'));

export function scheduleHandlers(deps: ScheduleDeps): HandlersFor<typeof scheduleContract> {
  const reads = new ScheduleReads(deps.dataSource, deps.clock, deps.settings);
  const sessions = new SessionsService(deps.dataSource, deps.clock, deps.settings);
  return {
    'schedule.range': (input) => reads.range(input),
    'schedule.today': pending,
    'schedule.previewChange': notYet,
    'sessions.get': (input) => reads.session(input.id),
    'sessions.create': (input, context) => sessions.create(input, actorOf(context)),
    'sessions.updateSeries': notYet,
    'occurrences.get': (input) => reads.occurrence(input.id),
    'occurrences.update': notYet,
    'occurrences.move': notYet,
    'occurrences.cancel': notYet,
    'occurrences.restore': notYet,
  };
}
