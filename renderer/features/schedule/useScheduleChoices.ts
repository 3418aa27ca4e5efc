import { RESIDENTS_PAGE_MAX } from '../../../shared/contract/residents';
import { fullName } from '../../app/format';
import { useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';

export interface Choice {
  value: string;
  label: string;
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);

/**
 * What the calendar's filters and the session form choose from: active activity types, locations,
 * resources, staff, peer groups, and admitted residents (for those who may read the register). A centre has a
 * few hundred residents at most: one page of the register, searched in the list itself.
 */
export function useScheduleChoices() {
  const { can } = useSession();
  const types = useHearthQuery('activityTypes.list', { includeInactive: false });
  const locations = useHearthQuery('locations.list', { includeInactive: false });
  const resources = useHearthQuery('resources.list', { includeInactive: false });
  const staff = useHearthQuery('staff.list', { search: '', role: 'all', includeInactive: false }, { enabled: can('staff.read') });
  const groups = useHearthQuery('groups.list', { includeInactive: false }, { enabled: can('groups.read') });
  const residents = useHearthQuery('residents.list', { search: '', status: 'admitted', program: 'all', sort: 'name', direction: 'asc', limit: RESIDENTS_PAGE_MAX, offset: 0 }, { enabled: can('residents.read') });
  return {
    activityTypes: types.data ?? [],
    types: (types.data ?? []).map((type) => ({ value: type.id, label: type.name })).sort(byLabel),
    locations: (locations.data ?? []).map((location) => ({ value: location.id, label: location.name })).sort(byLabel),
    resources: (resources.data ?? []).map((resource) => ({ value: resource.id, label: resource.name })).sort(byLabel),
    staff: (staff.data ?? []).map((member) => ({ value: member.id, label: fullName(member) })).sort(byLabel),
    residents: (residents.data?.rows ?? []).map((resident) => ({ value: resident.id, label: fullName(resident) })),
    groups: (groups.data ?? []).map((group) => ({ value: group.id, label: group.name })),
    canChooseResidents: can('residents.read'),
    canChooseGroup: can('groups.read'),
    error: types.error ?? locations.error ?? resources.error ?? staff.error ?? residents.error ?? groups.error,
  };
}
