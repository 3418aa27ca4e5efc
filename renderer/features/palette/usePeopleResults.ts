import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../app/format';
import { useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';
import { useCentreTime } from '../../app/useCentreTime';
import { isPeopleSearch, PEOPLE_PER_KIND, type PaletteItem } from './paletteGroups';

/** Short: the core answers a name search in a few milliseconds; this only spares a call per keystroke. */
const SEARCH_DEBOUNCE_MS = 120;

/**
 * Residents and staff whose name holds the query, asked of the core through the query layer (its
 * search folds accents: "eloise" finds "Éloïse"), only for the kinds the person may read. While a
 * newer query waits for its answer nothing is listed, so Enter never opens someone found for an
 * older one.
 */
export function usePeopleResults(query: string): { residents: PaletteItem[]; staff: PaletteItem[]; searching: boolean } {
  const { t } = useTranslation();
  const { can } = useSession();
  const { formatDate } = useCentreTime();
  const navigate = useNavigate();
  const [debounced] = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const settled = debounced === query.trim() && isPeopleSearch(debounced);
  const residents = useHearthQuery('residents.list', { search: debounced, limit: PEOPLE_PER_KIND }, { enabled: settled && can('residents.read') });
  const staff = useHearthQuery('staff.list', { search: debounced }, { enabled: settled && can('staff.read') });
  // True from the keystroke until the core has answered: the list then still changes (aria-busy).
  const searching = isPeopleSearch(query.trim()) && (!settled || residents.busy || staff.busy);
  if (!settled) return { residents: [], staff: [], searching };

  const canEditStaff = can('staff.write');
  return {
    searching,
    residents: (can('residents.read') ? (residents.data?.rows ?? []) : []).map((resident) => ({
      id: `resident:${resident.id}`,
      label: fullName(resident),
      // Two residents may share a name; the birth date tells them apart, as on the register.
      description: t('palette.born', { date: formatDate(resident.dateOfBirth) }),
      select: () => void navigate({ to: '/residents/$id', params: { id: resident.id } }),
    })),
    staff: (can('staff.read') ? (staff.data ?? []) : []).slice(0, PEOPLE_PER_KIND).map((member) => ({
      id: `staff:${member.id}`,
      label: fullName(member),
      // Those who may edit open the person; the others see them in the staff list.
      select: canEditStaff
        ? () => void navigate({ to: '/staff/$id/edit', params: { id: member.id } })
        : () => void navigate({ to: '/staff', search: (previous) => ({ ...previous, search: fullName(member) }) }),
    })),
  };
}
