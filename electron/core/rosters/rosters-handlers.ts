import type { rostersContract } from '../../../shared/contract/rosters';
import { actorOf, type HandlersFor } from '../handler-types';
import type { ScheduleDeps } from '../schedule/schedule-deps';
import { RostersService } from './rosters-service';

export function rostersHandlers(deps: ScheduleDeps): HandlersFor<typeof rostersContract> {
  const rosters = new RostersService(deps);
  return {
    'rosters.week': (input, context) => rosters.week(input, actorOf(context)),
    'rosters.signInSheet': (input, context) => rosters.signInSheet(input.occurrenceId, actorOf(context)),
    'rosters.recordPrint': (input, context) => rosters.recordPrint(input, actorOf(context)),
  };
}
