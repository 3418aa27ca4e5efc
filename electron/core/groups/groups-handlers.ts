import type { groupsContract } from '../../../shared/contract/groups';
import { actorOf, type HandlersFor } from '../handler-types';
import type { GroupsService } from './groups-service';

export function groupsHandlers(groups: GroupsService): HandlersFor<typeof groupsContract> {
  return {
    'groups.list': (input, context) => groups.list(input, actorOf(context)),
    'groups.get': (input, context) => groups.get(input, actorOf(context)),
    'groups.create': (input, context) => groups.create(input, actorOf(context)),
    'groups.update': (input, context) => groups.update(input, actorOf(context)),
    'groups.enrol': (input, context) => groups.enrol(input, actorOf(context)),
    'groups.enrolFromWaitlist': (input, context) => groups.enrolFromWaitlist(input, actorOf(context)),
    'groups.leave': (input, context) => groups.leave(input, actorOf(context)),
    'groups.withdrawFromWaitlist': (input, context) => groups.withdrawFromWaitlist(input, actorOf(context)),
  };
}
