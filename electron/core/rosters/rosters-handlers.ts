import type { rostersContract } from '../../../shared/contract/rosters';
import { actorOf, type HandlersFor } from '../handler-types';
import type { ScheduleDeps } from '../schedule/schedule-deps';
import { RostersService } from './rosters-service';
import { SignInSheetEntries } from './sign-in-sheet-entries';

export function rostersHandlers(deps: ScheduleDeps): HandlersFor<typeof rostersContract> {
  const rosters = new RostersService(deps);
  const sheetEntries = new SignInSheetEntries(deps);
  return {
    'rosters.week': (input, context) => rosters.week(input, actorOf(context)),
    'rosters.signInSheet': (input, context) => rosters.signInSheet(input.occurrenceId, actorOf(context)),
    'rosters.recordPrint': (input, context) => rosters.recordPrint(input, actorOf(context)),
    'rosters.enterSignInSheet': (input, context) => sheetEntries.enter(input, actorOf(context)),
  };
}
