import type { AuditVerification, AuditWitness } from '../../../shared/contract/audit';

// The verification in English sentences, for the command line (the window has its own, translated).

const PROBLEMS: Record<NonNullable<AuditVerification['problem']>, string> = {
  content_changed: 'content_changed (the row no longer fits its hash)',
  chain_broken: 'chain_broken (a row was removed or reordered)',
  row_missing: 'row_missing (a gap in the row numbers)',
  tail_missing: 'tail_missing (the newest rows are missing)',
  unkeyed_after_keyed: 'unkeyed_after_keyed (a row hashed without the audit key, after keyed rows: written with a database tool)',
  key_changed_unannounced: 'key_changed_unannounced (a new key starts without its announcement row)',
};

export function describeChain(result: AuditVerification): string {
  if (result.problem) return `Audit trail BROKEN at row #${result.firstBrokenSeq}: ${PROBLEMS[result.problem]} (${result.checkedRows} rows verified before it)`;
  if (result.keyUnused) return `Audit trail NOT INTACT: the audit key on this computer (${result.keyId}) signed none of its ${result.checkedRows} rows: the trail was rebuilt without it, or the key file belongs to another database`;
  if (!result.intact) return `Audit trail NOT INTACT: the chain holds (${result.checkedRows} rows checked) but a witness outside the database disagrees`;
  return `Audit trail intact: ${result.checkedRows} rows checked`;
}

export function describeSegments(result: AuditVerification): string[] {
  return result.segments.map((segment) => {
    const rows = segment.fromSeq === segment.toSeq ? `Row #${segment.fromSeq}` : `Rows #${segment.fromSeq}–#${segment.toSeq}`;
    if (segment.kind === 'unkeyed') return `${rows}: unkeyed (written before the audit key existed): checked for order only.`;
    if (segment.vouched) return `${rows}: keyed with key ${segment.keyId}, which is on this computer: every row checked.`;
    return `${rows}: keyed with key ${segment.keyId}, which is not on this computer: checked for order only.`;
  });
}

export function describeWitness(witness: AuditWitness, lastSeq: number): string {
  const name =
    witness.kind === 'backup'
      ? `The backup of ${witness.recordedAt?.slice(0, 10) ?? '?'} (${witness.name})`
      : witness.kind === 'headFile'
        ? `The head file (${witness.name})`
        : `A head file set aside at start-up (${witness.name})`;
  const unsigned = witness.kind !== 'backup' && !witness.signatureChecked && witness.seq !== null ? ' (its signature could not be checked: its key is not on this computer)' : '';
  switch (witness.verdict) {
    case 'agrees':
      return `${name} agrees: row #${witness.seq ?? 0}${unsigned}.`;
    case 'behind':
      return `${name} holds row #${witness.seq}, which matches; rows were added since${unsigned}.`;
    case 'rows_removed':
      return `${name} holds row #${witness.seq}; the trail ends at row #${lastSeq}: rows were removed (or an older copy of the database was restored).`;
    case 'row_differs':
      return `${name} holds a different row #${witness.seq} than the trail: the trail was changed or rebuilt (or an older copy was restored and written on).`;
    case 'rows_added':
      return `${name}, signed with this computer's key, holds row #${witness.seq}; rows after it were not written with this key: someone else added them.`;
    case 'signature_invalid':
      return `${name} does not carry the audit key's signature: it was edited.`;
    case 'missing':
      return `${name} is missing: it was deleted, or the database was copied without it.`;
    case 'unreadable':
      return `${name} could not be read: it cannot vouch for the trail.`;
    case 'empty':
      return `${name} holds no audit rows yet.`;
  }
}
