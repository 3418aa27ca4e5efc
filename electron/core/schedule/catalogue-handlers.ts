import type { scheduleCatalogueContract } from '../../../shared/contract/schedule-catalogue';
import type { staffAbsencesContract } from '../../../shared/contract/staff-absences';
import type { HandlersFor } from '../handler-types';
import type { ScheduleDeps } from './schedule-deps';

// TEMPORARY (issue 14 in progress): replaced by the catalogue services before the issue lands.
const pending = () => Promise.reject(new Error('not built yet'));

export function scheduleCatalogueHandlers(_deps: ScheduleDeps): HandlersFor<typeof scheduleCatalogueContract & typeof staffAbsencesContract> {
  return {
    'activityTypes.list': pending,
    'activityTypes.create': pending,
    'activityTypes.update': pending,
    'locations.list': pending,
    'locations.create': pending,
    'locations.update': pending,
    'resources.list': pending,
    'resources.create': pending,
    'resources.update': pending,
    'resources.addOutOfService': pending,
    'resources.removeOutOfService': pending,
    'staffAbsences.list': pending,
    'staffAbsences.create': pending,
    'staffAbsences.remove': pending,
  };
}
