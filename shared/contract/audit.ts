import { z } from 'zod';
import { defineOperation } from './define';
import { pageLimit, pageOffset, type Page } from './paging';
import { fingerprintText, type AuditFingerprint } from '../audit-fingerprint';
import { isoDate, recordId } from '../schemas/common';

export const AUDIT_ACTIONS = [
  'auth.signIn',
  'auth.signInFailed',
  'auth.signOut',
  'auth.lock',
  'auth.unlock',
  'auth.passwordChanged',
  'record.create',
  'record.update',
  'record.delete',
  'record.open', // opening a clinical record
  'record.breakGlass', // emergency access outside one's roles, with a reason
  'record.print',
  'record.export',
  'database.backup', // a copy of the whole database (by a person or the daily schedule)
  'audit.keyStarted', // a new audit key signs the rows from here on (first keyed row after an upgrade, or the key was lost)
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who, which resident, what, and which of the centre's calendar days: the viewer's and the export's filters. */
const auditFilters = {
  actorStaffId: recordId.nullable().default(null),
  residentId: recordId.nullable().default(null),
  action: z.enum(AUDIT_ACTIONS).nullable().default(null),
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
};
const rangeInOrder = (v: { from: string | null; to: string | null }) => !v.from || !v.to || v.from <= v.to;
const rangeOrderIssue = { path: ['to'], message: 'validation.rangeOrder' };

export const listAuditInput = z.strictObject({ ...auditFilters, limit: pageLimit(1000, 200), offset: pageOffset }).refine(rangeInOrder, rangeOrderIssue);
export type ListAuditInput = z.input<typeof listAuditInput>;
export type AuditFilters = Omit<z.output<typeof listAuditInput>, 'limit' | 'offset'>;

export const exportAuditInput = z.strictObject(auditFilters).refine(rangeInOrder, rangeOrderIssue);
export type ExportAuditInput = z.input<typeof exportAuditInput>;

/** At most this many rows in one export; narrow the filters for more. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

export interface AuditExport {
  /** e.g. hearth-audit-trail-2026-11-23.csv (the centre's date). */
  fileName: string;
  /** RFC 4180 CSV, UTF-8, oldest row first; cells that a spreadsheet would run as formulas are escaped. */
  csv: string;
  rows: number;
  /** True when more rows matched than AUDIT_EXPORT_MAX_ROWS: the oldest were exported. */
  truncated: boolean;
}

export interface AuditEvent {
  id: string;
  seq: number;
  /** UTC instant, ISO 8601. */
  occurredAt: string;
  action: AuditAction;
  actorStaffId: string | null;
  actorName: string | null;
  entityType: string | null;
  entityId: string | null;
  residentId: string | null;
  /** What changed ({ field: [old, new] }), a reason, or other context; never a password. */
  details: Record<string, unknown>;
}

/** A fingerprint noted earlier: checks that the trail up to that row was not rebuilt since. */
export const notedFingerprintInput = z.strictObject({
  seq: z.number({ message: 'validation.rowNumber' }).int('validation.rowNumber').min(1, 'validation.rowNumber').max(Number.MAX_SAFE_INTEGER, 'validation.rowNumber'),
  fingerprint: fingerprintText,
});
export const verifyAuditInput = z.strictObject({ noted: notedFingerprintInput.nullable().default(null) });
export type VerifyAuditInput = z.input<typeof verifyAuditInput>;

/** matches; differs (the trail was rebuilt since it was noted); missing (that row no longer exists). */
export type NotedFingerprintCheck = 'matches' | 'differs' | 'missing';

/** What the chain walk found wrong, at `firstBrokenSeq`. */
export type AuditChainProblem =
  | 'content_changed' // the row's hash no longer fits its content
  | 'chain_broken' // the link to the previous row does not fit (a row removed or reordered)
  | 'row_missing' // a gap in the row numbers
  | 'tail_missing' // the chain head in the file remembers rows that are gone
  | 'unkeyed_after_keyed' // an unkeyed row after the first keyed one: written without the key
  | 'key_changed_unannounced'; // a new key starts without its announcement row

/**
 * A run of rows hashed the same way. `vouched`: every row's content was checked (keyed with the
 * key on this computer). Unkeyed rows, and rows keyed with a key that is not here, are checked
 * for order only: someone able to recompute their hashes could have rewritten them.
 */
export interface AuditSegment {
  fromSeq: number;
  toSeq: number;
  kind: 'unkeyed' | 'keyed';
  keyId: string | null;
  vouched: boolean;
}

/**
 * agrees / behind (rows were added since it was written: normal) / rows_removed (it holds a row
 * beyond the trail's end) / row_differs (its row differs from the trail's row of the same number)
 * / rows_added (a head file signed with this computer's key is followed by rows that key did not
 * sign: written by someone else) / signature_invalid (a head file edited without the key) /
 * missing / unreadable / empty (a backup with no rows yet).
 */
export type AuditWitnessVerdict = 'agrees' | 'behind' | 'rows_removed' | 'row_differs' | 'rows_added' | 'signature_invalid' | 'missing' | 'unreadable' | 'empty';

/** A record of the trail's head kept outside the database, cross-checked by verification. */
export interface AuditWitness {
  kind: 'headFile' | 'setAsideHeadFile' | 'backup';
  /** The file's name (a backup's, or audit-head.json). */
  name: string;
  /** When it was written (UTC instant), when known. */
  recordedAt: string | null;
  /** The newest row it holds, when it could be read. */
  seq: number | null;
  verdict: AuditWitnessVerdict;
  /** Head files: false when signed with a key that is not on this computer (values compared, signature not). */
  signatureChecked: boolean;
}

export interface AuditVerification {
  /** No sign of tampering: the chain holds, the key on this computer signed rows of it, and no witness disagrees. */
  intact: boolean;
  checkedRows: number;
  /** The trail's newest row number (0 when empty). */
  lastSeq: number;
  /** Where the chain itself first breaks; null when it holds. */
  firstBrokenSeq: number | null;
  problem: AuditChainProblem | null;
  /** The newest row's fingerprint, to note outside the computer; null while the trail is empty or broken. */
  latest: AuditFingerprint | null;
  noted: NotedFingerprintCheck | null;
  /** The key on this computer (its public id), or null when it has none. */
  keyId: string | null;
  /**
   * The key on this computer signed none of the rows: Hearth signs a row with its key as soon as
   * it opens a database, so the trail was rebuilt without it (or the key belongs to another database).
   */
  keyUnused: boolean;
  /** The rows, oldest first, by how they are hashed (up to the first break). */
  segments: AuditSegment[];
  witnesses: AuditWitness[];
}

export const auditContract = {
  /** Newest first, filtered by person, resident, action and date range (centre's calendar days): one page and the count for the same filters. */
  'audit.list': defineOperation<Page<AuditEvent>>()({ input: listAuditInput, access: 'audit.read' }),
  /** Recomputes the hash chain: "intact", or the first row that was changed, removed or reordered. */
  'audit.verify': defineOperation<AuditVerification>()({ input: verifyAuditInput, access: 'audit.read' }),
  /** The filtered trail as a CSV file; the export itself is recorded in the trail. */
  'audit.export': defineOperation<AuditExport>()({ input: exportAuditInput, access: 'audit.read' }),
  /** Break-glass openings, for manager review. */
  'audit.breakGlassReview': defineOperation<AuditEvent[]>()({ input: z.strictObject({}), access: 'audit.read' }),
};
