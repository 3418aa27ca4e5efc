import type { systemContract } from '../../../shared/contract/system';
import type { AuthService } from '../auth/auth-service';
import { DATABASE_FILE_NAME } from '../db/open-database';
import type { DemoSeeder } from '../demo/demo-seeder';
import { actorOf, type HandlersFor } from '../handler-types';

export function systemHandlers(deps: { appVersion: string; auth: AuthService; demo: DemoSeeder }): HandlersFor<typeof systemContract> {
  return {
    // Public: the file is named relative to the data folder, never by its absolute path.
    'system.status': async () => ({
      database: { state: 'ready', file: DATABASE_FILE_NAME },
      needsFirstAdministrator: await deps.auth.needsFirstAdministrator(),
      appVersion: deps.appVersion,
    }),
    'demo.isDatabaseEmpty': () => deps.demo.isRegisterEmpty(),
    'demo.load': (_input, context) => deps.demo.seed(actorOf(context)),
  };
}
