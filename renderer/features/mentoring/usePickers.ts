import { fullName } from '../../app/format';
import { useHearthQuery } from '../../app/queries';

/** Peer support specialists who can mentor, and residents admitted now, for the pairing form. */
export function usePairingOptions() {
  const mentors = useHearthQuery('staff.list', { search: '', role: 'peer_support_specialist', includeInactive: false });
  const residents = useHearthQuery('residents.list', { status: 'admitted', limit: 500 });
  return {
    mentors: (mentors.data ?? []).map((member) => ({ value: member.id, label: fullName(member) })),
    residents: (residents.data?.rows ?? []).map((resident) => ({ value: resident.id, label: fullName(resident) })),
  };
}
