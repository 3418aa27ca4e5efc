import { fullName } from '../../app/format';
import { useHearthQuery } from '../../app/queries';
import type { Role } from '../../../shared/permissions';

/** Choices for a staff picker: active staff members, optionally of one role. */
export function useStaffOptions(role: Role | 'all' = 'all', enabled = true) {
  const staff = useHearthQuery('staff.list', { search: '', role, includeInactive: false }, { enabled });
  return (staff.data ?? []).map((member) => ({ value: member.id, label: fullName(member) }));
}

/** Choices for a resident picker: residents admitted now (only they can join a group or be mentored). */
export function useAdmittedResidentOptions(enabled = true) {
  const residents = useHearthQuery('residents.list', { status: 'admitted', limit: 500 }, { enabled });
  return (residents.data?.rows ?? []).map((resident) => ({ value: resident.id, label: fullName(resident) }));
}
