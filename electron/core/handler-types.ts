import type { OperationName, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { Actor, CallContext } from './context';
import { DomainError } from './errors';

/** A handler gets the parsed input (the dispatcher already validated it) and the call's context. */
export type Handler<N extends OperationName> = (input: ParsedInputOf<N>, context: CallContext) => Promise<OutputOf<N>>;

/** The handlers of one domain's contract: a missing or misspelt operation is a compile error. */
export type HandlersFor<C> = { [N in keyof C & OperationName]: Handler<N> };

export type Handlers = HandlersFor<Record<OperationName, unknown>>;

/** For operations behind a permission the dispatcher has already checked there is a person. */
export function actorOf(context: CallContext): Actor {
  if (!context.actor) throw new DomainError('unauthenticated', 'problems.signInFirst', 'Sign in first.');
  return context.actor;
}
