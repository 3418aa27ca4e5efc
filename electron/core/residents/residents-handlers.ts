import type { residentsBreakGlassContract, residentsContract } from '../../../shared/contract/residents';
import { actorOf, type HandlersFor } from '../handler-types';
import type { ResidentsService } from './residents-service';

export function residentsHandlers(residents: ResidentsService): HandlersFor<typeof residentsContract & typeof residentsBreakGlassContract> {
  return {
    'residents.list': (input) => residents.list(input),
    'residents.get': (input, context) => residents.get(input, { channelId: context.channelId, actor: actorOf(context) }),
    'residents.findDuplicates': (input) => residents.findDuplicates(input),
    'residents.admit': (input, context) => residents.admit(input, actorOf(context)),
    'residents.update': (input, context) => residents.update(input, actorOf(context)),
    'residents.discharge': (input, context) => residents.discharge(input, actorOf(context)),
    'residents.readmit': (input, context) => residents.readmit(input, actorOf(context)),
    'residents.openWithBreakGlass': (input, context) => residents.openWithBreakGlass(input, actorOf(context)),
  };
}
