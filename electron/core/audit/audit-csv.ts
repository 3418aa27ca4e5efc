import type { AuditEvent } from '../../../shared/contract/audit';
import { wallTimeIn } from '../../../shared/dates';
import { formulaSafeCsv } from '../text/formula-safe-csv';

/** Stable, language-neutral column names: the file is read by spreadsheets and privacy officers' tools. */
const COLUMNS = ['seq', 'occurred_at_utc', 'occurred_at_centre', 'person', 'action', 'record_type', 'record_id', 'resident_id', 'details'] as const;

/** The audit rows as formula-safe RFC 4180 CSV: names and reasons in the trail are typed by people. */
export function auditTrailCsv(events: AuditEvent[], timeZone: string): string {
  const rows = events.map((event) => [
    event.seq,
    event.occurredAt,
    wallTimeIn(event.occurredAt, timeZone),
    event.actorName ?? '',
    event.action,
    event.entityType ?? '',
    event.entityId ?? '',
    event.residentId ?? '',
    Object.keys(event.details).length > 0 ? JSON.stringify(event.details) : '',
  ]);
  return formulaSafeCsv(COLUMNS, rows);
}
