import type { mentoringContract } from '../../../shared/contract/mentoring';
import { actorOf, type HandlersFor } from '../handler-types';
import type { MentoringService } from './mentoring-service';

export function mentoringHandlers(mentoring: MentoringService): HandlersFor<typeof mentoringContract> {
  return {
    'mentoring.listPairs': (input, context) => mentoring.listPairs(input, actorOf(context)),
    'mentoring.getPair': (input, context) => mentoring.getPair(input, actorOf(context)),
    'mentoring.createPair': (input, context) => mentoring.createPair(input, actorOf(context)),
    'mentoring.endPair': (input, context) => mentoring.endPair(input, actorOf(context)),
    'mentoring.logMeeting': (input, context) => mentoring.logMeeting(input, actorOf(context)),
  };
}
