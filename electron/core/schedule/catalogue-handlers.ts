import type { scheduleCatalogueContract } from '../../../shared/contract/schedule-catalogue';
import type { staffAbsencesContract } from '../../../shared/contract/staff-absences';
import { actorOf, type HandlersFor } from '../handler-types';
import { StaffAbsencesService } from './availability/staff-absences-service';
import { ActivityTypesService } from './catalogue/activity-types-service';
import { LocationsService } from './catalogue/locations-service';
import { ResourcesService } from './catalogue/resources-service';
import type { ScheduleDeps } from './schedule-deps';

/** The handlers of what the schedule books (activity types, locations, resources) and of staff absences. */
export function scheduleCatalogueHandlers({ dataSource, clock, settings }: ScheduleDeps): HandlersFor<typeof scheduleCatalogueContract & typeof staffAbsencesContract> {
  const activityTypes = new ActivityTypesService(dataSource, clock);
  const locations = new LocationsService(dataSource, clock);
  const resources = new ResourcesService(dataSource, clock, settings);
  const absences = new StaffAbsencesService(dataSource, clock);
  return {
    'activityTypes.list': (input) => activityTypes.list(input.includeInactive),
    'activityTypes.create': (input, context) => activityTypes.create(input, actorOf(context)),
    'activityTypes.update': (input, context) => activityTypes.update(input, actorOf(context)),
    'locations.list': (input) => locations.list(input.includeInactive),
    'locations.create': (input, context) => locations.create(input, actorOf(context)),
    'locations.update': (input, context) => locations.update(input, actorOf(context)),
    'resources.list': (input) => resources.list(input.includeInactive),
    'resources.create': (input, context) => resources.create(input, actorOf(context)),
    'resources.update': (input, context) => resources.update(input, actorOf(context)),
    'resources.addOutOfService': (input, context) => resources.addOutOfService(input, actorOf(context)),
    'resources.removeOutOfService': (input, context) => resources.removeOutOfService(input.periodId, actorOf(context)),
    'staffAbsences.list': (input) => absences.list(input),
    'staffAbsences.create': (input, context) => absences.create(input, actorOf(context)),
    'staffAbsences.remove': (input, context) => absences.remove(input.id, actorOf(context)),
  };
}
