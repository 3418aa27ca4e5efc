import type { FlaggedResident } from '../../../shared/contract/attendance';
import { useHearthQuery } from '../../app/queries';
import { useSession } from '../../app/session';

/**
 * Residents flagged now (two unexcused absences in a row), by resident id, for the tables that
 * list residents. Asked only by people who may read attendance; within their scope, as the core answers.
 */
export function useAttendanceFlags(): ReadonlyMap<string, FlaggedResident> {
  const { can } = useSession();
  const query = useHearthQuery('attendance.flagged', {}, { enabled: can('attendance.read') });
  return new Map((query.data ?? []).map((flagged) => [flagged.residentId, flagged]));
}
