import type { AuditWitnessVerdict } from '../../../shared/contract/audit';

/** What a witness needs from the trail: where it ends, and a row's hash. */
export interface TrailView {
  /** Asked at comparison time: the app may commit while the command-line check reads. */
  lastSeq(): Promise<number>;
  hashAt(seq: number): Promise<string | null>;
  /** The key id of the trail's newest row (null when it is unkeyed or the trail is empty). */
  newestKeyId(): Promise<string | null>;
  /** How many rows after `seq` are not keyed with `keyId`. */
  rowsNotKeyedWith(keyId: string, afterSeq: number): Promise<number>;
}

/**
 * Compares a witness's newest row (seq + hash) with the trail. A witness beyond the trail's end
 * means rows were removed (or an older copy was restored); a different hash at the same row means
 * the trail was changed or rebuilt. A witness behind the end is normal: rows were added since.
 */
export async function compareWithTrail(witness: { seq: number; hash: string }, trail: TrailView, signedByKeyId: string | null = null): Promise<AuditWitnessVerdict> {
  if (witness.seq === 0) return 'agrees';
  const hash = await trail.hashAt(witness.seq);
  const lastSeq = await trail.lastSeq();
  if (witness.seq > lastSeq) return 'rows_removed';
  if (hash !== witness.hash) return 'row_differs';
  if (witness.seq === lastSeq) return 'agrees';
  // A head file this computer's key signed is rewritten after each of this installation's
  // commits: rows after it that this key did not sign were added by someone else (an "announced"
  // key of their own included). A crash between a commit and the rewrite leaves only own rows.
  if (signedByKeyId && (await trail.rowsNotKeyedWith(signedByKeyId, witness.seq)) > 0) return 'rows_added';
  return 'behind';
}

/** Verdicts that mean the trail is not what it was: tampering, unless a copy was restored. */
export function isDisagreement(verdict: AuditWitnessVerdict): boolean {
  return verdict === 'rows_removed' || verdict === 'row_differs' || verdict === 'rows_added' || verdict === 'signature_invalid';
}
