import type { accountsContract } from '../../../shared/contract/accounts';
import type { authContract, SessionInfo } from '../../../shared/contract/auth';
import type { CallContext } from '../context';
import { DomainError } from '../errors';
import { actorOf, type HandlersFor } from '../handler-types';
import type { AccountsService } from './accounts-service';
import type { AuthService } from './auth-service';

export function authHandlers(auth: AuthService): HandlersFor<typeof authContract> {
  const currentSession = async (context: CallContext): Promise<SessionInfo> => {
    const info = await auth.describe(await auth.resolve(context.channelId));
    if (!info) throw new DomainError('unauthenticated', 'problems.signInFirst', 'Sign in first.');
    return info;
  };
  return {
    'auth.setUpFirstAdministrator': async (input, context) => (await auth.describe(await auth.setUpFirstAdministrator(input, context.channelId)))!,
    'auth.signIn': async (input, context) => (await auth.describe(await auth.signIn(input, context.channelId)))!,
    'auth.session': async (_input, context) => auth.describe(await auth.resolve(context.channelId)),
    'auth.signOut': async (_input, context) => {
      await auth.signOut(context.channelId, actorOf(context));
      return null;
    },
    'auth.lock': async (_input, context) => {
      await auth.lock(context.channelId, actorOf(context));
      return currentSession(context);
    },
    'auth.unlock': async (input, context) => {
      await auth.unlock(context.channelId, input.password, actorOf(context));
      return currentSession(context);
    },
    // The dispatcher records the activity of every signed-in call; this one has nothing else to do.
    'auth.stillHere': () => Promise.resolve(null),
    'auth.changePassword': async (input, context) => {
      await auth.changePassword(input, actorOf(context), context.channelId);
      return currentSession(context);
    },
  };
}

export function accountsHandlers(accounts: AccountsService): HandlersFor<typeof accountsContract> {
  return {
    'accounts.list': () => accounts.list(),
    'accounts.create': (input, context) => accounts.create(input, actorOf(context)),
    'accounts.resetPassword': (input, context) => accounts.resetPassword(input.accountId, input.temporaryPassword, input.expectedVersion, actorOf(context)),
    'accounts.setActive': (input, context) => accounts.setActive(input.accountId, input.active, input.expectedVersion, actorOf(context)),
  };
}
