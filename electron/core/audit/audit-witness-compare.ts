import type { AuditWitnessVerdict } from '../../../shared/contract/audit';

/** What a witness needs from the trail: where it ends, and a row's hash. */
export interface TrailView {
  /** Asked at comparison time: the app may commit while the command-line check reads. */
  lastSeq(): Promise<number>;
  hashAt(seq: number): Promise<string | null>;
}

/**
 * Compares a witness's newest row (seq + hash) with the trail. A witness beyond the trail's end
 * means rows were removed (or an older copy was restored); a different hash at the same row means
 * the trail was changed or rebuilt. A witness behind the end is normal: rows were added since.
 */
export async function compareWithTrail(witness: { seq: number; hash: string }, trail: TrailView): Promise<AuditWitnessVerdict> {
  if (witness.seq === 0) return 'agrees';
  const hash = await trail.hashAt(witness.seq);
  const lastSeq = await trail.lastSeq();
  if (witness.seq > lastSeq) return 'rows_removed';
  if (hash !== witness.hash) return 'row_differs';
  return witness.seq === lastSeq ? 'agrees' : 'behind';
}

/** Verdicts that mean the trail is not what it was: tampering, unless a copy was restored. */
export function isDisagreement(verdict: AuditWitnessVerdict): boolean {
  return verdict === 'rows_removed' || verdict === 'row_differs' || verdict === 'signature_invalid';
}
