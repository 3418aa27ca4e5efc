import { join } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { fingerprintOf, type AuditFingerprint } from '../../../shared/audit-fingerprint';
import type { AuditChainProblem, AuditSegment, AuditVerification, AuditWitness, NotedFingerprintCheck } from '../../../shared/contract/audit';
import { backupFolderOf } from '../backups/backup-files';
import { AuditChainHeadEntity } from './audit-chain-head.entity';
import { AuditEventEntity } from './audit-event.entity';
import { checkBackupWitnesses } from './audit-backup-witness';
import { checkHeadFile, HEAD_FILE_NAME, headFilesIn, trailViewOf } from './audit-head-file';
import { expectedHashOf, GENESIS_HASH, KEYED, UNKEYED } from './audit-hash';
import type { AuditKeyRing } from './audit-key';
import { isDisagreement } from './audit-witness-compare';

const BATCH = 1000;

export interface VerifyOptions {
  noted?: AuditFingerprint | null;
  /** The keys on this computer: rows keyed with another key are checked for order only. */
  keys: AuditKeyRing;
  /** The data folder, for the witnesses outside the database (head files, backup copies); null: none checked. */
  dataDir: string | null;
}

/**
 * Walks the trail in order: every link, every hash it can recompute (unkeyed rows, and keyed rows
 * whose key is here), every change of key. Then asks each witness outside the database (the head
 * file, each backup copy) whether it agrees with the trail, and names the ones that do not.
 */
export async function verifyAuditChain(dataSource: DataSource, options: VerifyOptions): Promise<AuditVerification> {
  // One read transaction: the rows and the chain head come from the same snapshot, even while
  // another process (the app, when the CLI verifies) keeps appending.
  const chain = await dataSource.transaction((manager) => walkChain(manager, options));
  const witnesses = options.dataDir ? await checkWitnesses(dataSource, options.dataDir, options.keys) : [];
  const [keyId] = [...options.keys.keys()];
  const keyUnused = keyId !== undefined && chain.problem === null && chain.lastSeq > 0 && !chain.segments.some((segment) => segment.keyId === keyId);
  const intact = chain.problem === null && !keyUnused && !witnesses.some(speaksOfTampering);
  return {
    intact,
    checkedRows: chain.checkedRows,
    lastSeq: chain.lastSeq,
    firstBrokenSeq: chain.problem ? chain.firstBrokenSeq : null,
    problem: chain.problem,
    latest: intact ? chain.latest : null,
    noted: chain.noted,
    keyId: keyId ?? null,
    keyUnused,
    segments: chain.segments,
    witnesses,
  };
}

interface ChainWalk {
  checkedRows: number;
  lastSeq: number;
  firstBrokenSeq: number;
  problem: AuditChainProblem | null;
  latest: AuditFingerprint | null;
  noted: NotedFingerprintCheck | null;
  segments: AuditSegment[];
}

async function walkChain(manager: EntityManager, options: VerifyOptions): Promise<ChainWalk> {
  const repository = manager.getRepository(AuditEventEntity);
  const noted = options.noted ?? null;
  let expectedSeq = 1;
  let previous: AuditEventEntity | null = null;
  let checkedRows = 0;
  let notedCheck: NotedFingerprintCheck | null = noted ? 'missing' : null;
  let sawKeyed = false;
  const segments: AuditSegment[] = [];
  const [{ last }] = await manager.query<Array<{ last: number }>>('SELECT COALESCE(MAX(seq), 0) AS last FROM audit_events');
  const result = (problem: AuditChainProblem | null, firstBrokenSeq: number): ChainWalk => ({
    checkedRows,
    lastSeq: Number(last),
    firstBrokenSeq,
    problem,
    latest: previous && !problem ? { seq: previous.seq, fingerprint: fingerprintOf(previous.hash) } : null,
    noted: notedCheck,
    segments,
  });

  for (;;) {
    const rows = await repository.createQueryBuilder('e').where('e.seq >= :from', { from: expectedSeq }).orderBy('e.seq', 'ASC').take(BATCH).getMany();
    for (const row of rows) {
      if (row.seq !== expectedSeq) return result('row_missing', expectedSeq);
      if (row.prevHash !== (previous?.hash ?? GENESIS_HASH)) return result('chain_broken', row.seq);
      if (row.hashKind === UNKEYED && sawKeyed) return result('unkeyed_after_keyed', row.seq);
      if (row.hashKind !== UNKEYED && (row.hashKind !== KEYED || !row.keyId)) return result('content_changed', row.seq);
      if (row.hashKind === KEYED && previous && previous.keyId !== row.keyId && !announces(row)) return result('key_changed_unannounced', row.seq);
      const expected = expectedHashOf(row, options.keys);
      if (expected !== null && expected !== row.hash) return result('content_changed', row.seq);
      sawKeyed ||= row.hashKind === KEYED;
      extendSegments(segments, row, expected !== null && row.hashKind === KEYED);
      if (noted?.seq === row.seq) notedCheck = fingerprintOf(row.hash) === noted.fingerprint ? 'matches' : 'differs';
      previous = row;
      expectedSeq += 1;
      checkedRows += 1;
    }
    if (rows.length < BATCH) break;
  }
  const head = await manager.getRepository(AuditChainHeadEntity).findOneBy({ id: 'head' });
  const lastSeq = expectedSeq - 1;
  if ((head?.lastSeq ?? 0) !== lastSeq || (head?.lastHash ?? GENESIS_HASH) !== (previous?.hash ?? GENESIS_HASH)) return result('tail_missing', lastSeq + 1);
  return result(null, 0);
}

/** A new key's first row must be its announcement (audit-log.ts announceAuditKey), naming it. */
function announces(row: AuditEventEntity): boolean {
  if (row.action !== 'audit.keyStarted') return false;
  try {
    return (JSON.parse(row.details) as { keyId?: unknown }).keyId === row.keyId;
  } catch {
    return false;
  }
}

function extendSegments(segments: AuditSegment[], row: AuditEventEntity, vouched: boolean): void {
  const kind = row.hashKind === KEYED ? 'keyed' : 'unkeyed';
  const current = segments.at(-1);
  if (current && current.kind === kind && current.keyId === row.keyId) current.toSeq = row.seq;
  else segments.push({ fromSeq: row.seq, toSeq: row.seq, kind, keyId: row.keyId, vouched });
}

/**
 * A witness that disagrees. A head file set aside at a start-up is one even when it cannot be read:
 * it was set aside because it was unreadable, disagreed, or was missing while this computer's key
 * had signed the trail's newest rows (someone deleted or spoiled it): it stays reported until a
 * person has looked into it and deleted it.
 */
function speaksOfTampering(witness: AuditWitness): boolean {
  return isDisagreement(witness.verdict) || (witness.kind === 'setAsideHeadFile' && witness.verdict === 'unreadable');
}

async function checkWitnesses(dataSource: DataSource, dataDir: string, keys: AuditKeyRing): Promise<AuditWitness[]> {
  const trail = trailViewOf(dataSource);
  const witnesses: AuditWitness[] = [];
  for (const name of headFilesIn(dataDir)) {
    const check = await checkHeadFile(join(dataDir, name), trail, keys);
    // No head file is normal only while the trail is empty (it is written after the first row).
    if (check.verdict === 'missing' && (await trail.lastSeq()) === 0) continue;
    witnesses.push({ kind: name === HEAD_FILE_NAME ? 'headFile' : 'setAsideHeadFile', name, ...check });
  }
  witnesses.push(...(await checkBackupWitnesses(backupFolderOf(dataDir), trail)));
  return witnesses;
}
