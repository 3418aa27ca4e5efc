import type { systemContract } from '../../../shared/contract/system';
import type { AuthService } from '../auth/auth-service';
import type { DemoSeeder } from '../demo/demo-seeder';
import { actorOf, type HandlersFor } from '../handler-types';

export function systemHandlers(deps: { databasePath: string; appVersion: string; auth: AuthService; demo: DemoSeeder }): HandlersFor<typeof systemContract> {
  return {
    'system.status': async () => ({
      database: { state: 'ready', path: deps.databasePath },
      needsFirstAdministrator: await deps.auth.needsFirstAdministrator(),
      appVersion: deps.appVersion,
    }),
    'demo.isDatabaseEmpty': () => deps.demo.isRegisterEmpty(),
    'demo.load': (_input, context) => deps.demo.seed(actorOf(context)),
  };
}
