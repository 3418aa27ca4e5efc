import type { scheduleContract } from '../../../shared/contract/schedule';
import { actorOf, type HandlersFor } from '../handler-types';
import { ChangePreviewer } from './conflicts/change-preview';
import type { ScheduleDeps } from './schedule-deps';
import { OccurrencesService } from './sessions/occurrences-service';
import { ScheduleReads } from './sessions/schedule-reads';
import { SessionsService } from './sessions/sessions-service';

// TEMPORARY (issue 14 in progress): 'schedule.today' is built by the Today board's branch.
const pending = () => Promise.reject(new Error('not built yet'));

export function scheduleHandlers(deps: ScheduleDeps): HandlersFor<typeof scheduleContract> {
  const reads = new ScheduleReads(deps.dataSource, deps.clock, deps.settings);
  const previewer = new ChangePreviewer(deps.dataSource, deps.clock, deps.settings);
  const sessions = new SessionsService(deps.dataSource, deps.clock, deps.settings);
  const occurrences = new OccurrencesService(deps.dataSource, deps.clock, deps.settings);
  return {
    'schedule.range': (input) => reads.range(input),
    'schedule.today': pending,
    'schedule.previewChange': (input) => previewer.preview(input),
    'sessions.get': (input) => reads.session(input.id),
    'sessions.create': (input, context) => sessions.create(input, actorOf(context)),
    'sessions.updateSeries': (input, context) => sessions.updateSeries(input, actorOf(context)),
    'occurrences.get': (input) => reads.occurrence(input.id),
    'occurrences.update': (input, context) => occurrences.update(input, actorOf(context)),
    'occurrences.move': (input, context) => occurrences.move(input, actorOf(context)),
    'occurrences.cancel': (input, context) => occurrences.cancel(input, actorOf(context)),
    'occurrences.restore': (input, context) => occurrences.restore(input, actorOf(context)),
  };
}
