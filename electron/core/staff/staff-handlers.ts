import type { staffContract } from '../../../shared/contract/staff';
import { actorOf, type HandlersFor } from '../handler-types';
import type { StaffService } from './staff-service';

export function staffHandlers(staff: StaffService): HandlersFor<typeof staffContract> {
  return {
    'staff.list': (input) => staff.list(input),
    'staff.get': (input) => staff.get(input.id),
    'staff.create': (input, context) => staff.create(input, actorOf(context)),
    'staff.update': (input, context) => staff.update(input, actorOf(context)),
    'staff.setActive': (input, context) => staff.setActive(input, actorOf(context)),
  };
}
