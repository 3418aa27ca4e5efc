import type { settingsContract } from '../../../shared/contract/settings';
import { actorOf, type HandlersFor } from '../handler-types';
import type { SettingsService } from './settings-service';

export function settingsHandlers(settings: SettingsService): HandlersFor<typeof settingsContract> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (input, context) => settings.update(input, actorOf(context)),
  };
}
