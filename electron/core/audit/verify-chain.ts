import type { DataSource, EntityManager } from 'typeorm';
import { fingerprintOf, type AuditFingerprint } from '../../../shared/audit-fingerprint';
import type { AuditVerification, NotedFingerprintCheck } from '../../../shared/contract/audit';
import { AuditChainHeadEntity } from './audit-chain-head.entity';
import { AuditEventEntity } from './audit-event.entity';
import { GENESIS_HASH, hashAuditRow } from './audit-hash';

const BATCH = 1000;

/**
 * Walks the trail in order and recomputes every hash. Reports the first row whose content no
 * longer matches its hash, whose link to the previous row is broken, that is missing (a gap in
 * seq), or that the chain head remembers but that is gone (newest rows deleted).
 */
export async function verifyAuditChain(dataSource: DataSource, noted: AuditFingerprint | null = null): Promise<AuditVerification> {
  // One read transaction: the rows and the chain head come from the same snapshot, even while
  // another process (the app, when the CLI verifies) keeps appending.
  return dataSource.transaction((manager) => verifyWith(manager, noted));
}

async function verifyWith(manager: EntityManager, noted: AuditFingerprint | null): Promise<AuditVerification> {
  const repository = manager.getRepository(AuditEventEntity);
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let checkedRows = 0;
  let notedCheck: NotedFingerprintCheck | null = noted ? 'missing' : null;
  for (;;) {
    const rows = await repository
      .createQueryBuilder('e')
      .where('e.seq >= :from', { from: expectedSeq })
      .orderBy('e.seq', 'ASC')
      .take(BATCH)
      .getMany();
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { intact: false, checkedRows, firstBrokenSeq: expectedSeq, problem: 'row_missing' };
      if (row.prevHash !== previousHash) return { intact: false, checkedRows, firstBrokenSeq: row.seq, problem: 'chain_broken' };
      if (hashAuditRow(row) !== row.hash) return { intact: false, checkedRows, firstBrokenSeq: row.seq, problem: 'content_changed' };
      if (noted?.seq === row.seq) notedCheck = fingerprintOf(row.hash) === noted.fingerprint ? 'matches' : 'differs';
      previousHash = row.hash;
      expectedSeq += 1;
      checkedRows += 1;
    }
    if (rows.length < BATCH) break;
  }
  const head = await manager.getRepository(AuditChainHeadEntity).findOneBy({ id: 'head' });
  const lastSeq = expectedSeq - 1;
  if ((head?.lastSeq ?? 0) !== lastSeq || (head?.lastHash ?? GENESIS_HASH) !== previousHash) {
    return { intact: false, checkedRows, firstBrokenSeq: lastSeq + 1, problem: 'tail_missing' };
  }
  const latest = lastSeq > 0 ? { seq: lastSeq, fingerprint: fingerprintOf(previousHash) } : null;
  return { intact: true, checkedRows, latest, noted: notedCheck };
}
