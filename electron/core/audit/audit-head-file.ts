import { createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { AuditWitnessVerdict } from '../../../shared/contract/audit';
import { writeOwnerOnlyFileAtomically } from './owner-only-file';
import type { AuditKeyRing } from './audit-key';
import type { AuditSigner } from './audit-signer';
import { compareWithTrail, isDisagreement, type TrailView } from './audit-witness-compare';

// A witness of the trail's head outside the database: `audit-head.json` in the data folder, the
// newest row's number and hash signed with the audit key, rewritten after every commit. Someone
// who cuts rows off the trail and rewrites audit_chain_head cannot make this file agree without
// the key. A head file that disagreed at start-up is kept as audit-head-set-aside-<time>.json,
// so the next commit does not erase the evidence.

export const HEAD_FILE_NAME = 'audit-head.json';
const SET_ASIDE_PATTERN = /^audit-head-set-aside-.+\.json$/;
const FORMAT = 'hearth-audit-head/1';

export interface HeadRecord {
  seq: number;
  hash: string;
  keyId: string;
  writtenAt: string;
}

function macOf(secret: Buffer, record: HeadRecord): string {
  return createHmac('sha256', secret).update(`${FORMAT}\n${record.seq}\n${record.hash}\n${record.keyId}\n${record.writtenAt}`).digest('hex');
}

export function writeHeadFile(dataDir: string, signer: AuditSigner, seq: number, hash: string, writtenAt: string): void {
  const record: HeadRecord = { seq, hash, keyId: signer.keyId, writtenAt };
  writeOwnerOnlyFileAtomically(join(dataDir, HEAD_FILE_NAME), `${JSON.stringify({ format: FORMAT, ...record, mac: macOf(signer.secret, record) })}\n`);
}

export type ReadHead = { state: 'read'; record: HeadRecord; mac: string } | { state: 'missing' } | { state: 'unreadable' };

export function readHeadFile(file: string): ReadHead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { state: 'missing' } : { state: 'unreadable' };
  }
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const { seq, hash, keyId, writtenAt, mac } = parsed;
    if (parsed.format === FORMAT && Number.isSafeInteger(seq) && typeof hash === 'string' && typeof keyId === 'string' && typeof writtenAt === 'string' && typeof mac === 'string') {
      return { state: 'read', record: { seq: seq as number, hash, keyId, writtenAt }, mac };
    }
  } catch {
    // not JSON
  }
  return { state: 'unreadable' };
}

export interface HeadCheck {
  verdict: AuditWitnessVerdict;
  seq: number | null;
  recordedAt: string | null;
  /** False when the file was signed with a key this computer does not have. */
  signatureChecked: boolean;
}

export async function checkHeadFile(file: string, trail: TrailView, keys: AuditKeyRing): Promise<HeadCheck> {
  const read = readHeadFile(file);
  if (read.state !== 'read') return { verdict: read.state, seq: null, recordedAt: null, signatureChecked: false };
  const { record } = read;
  const secret = keys.get(record.keyId);
  const base = { seq: record.seq, recordedAt: record.writtenAt, signatureChecked: Boolean(secret) };
  if (secret && !sameHex(macOf(secret, record), read.mac)) return { ...base, verdict: 'signature_invalid' };
  // Signed by a key this computer does not have, while this computer's key signed the trail's
  // newest rows: not a head file this installation wrote (a made-up key id skips the signature).
  const newestKeyId = await trail.newestKeyId();
  if (!secret && newestKeyId !== null && keys.get(newestKeyId)) return { ...base, verdict: 'signature_invalid' };
  return { ...base, verdict: await compareWithTrail(record, trail, secret ? record.keyId : null) };
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The head files verification reads: the current one first, then any set aside at a start-up. */
export function headFilesIn(dataDir: string): string[] {
  let setAside: string[] = [];
  try {
    setAside = readdirSync(dataDir).filter((name) => SET_ASIDE_PATTERN.test(name)).sort();
  } catch {
    // the folder cannot be listed: the current head file is still reported (as unreadable)
  }
  return [HEAD_FILE_NAME, ...setAside];
}

/**
 * Keeps `audit-head.json` in step with the trail. At start-up, a head file that disagrees with
 * the trail (rows removed, a changed row, a bad signature, or unreadable) is set aside first.
 */
export class AuditHeadFileKeeper {
  private written: { seq: number; hash: string } | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly dataSource: DataSource,
    private readonly signer: AuditSigner,
    private readonly now: () => Date,
  ) {}

  async start(keys: AuditKeyRing): Promise<void> {
    const file = join(this.dataDir, HEAD_FILE_NAME);
    if (!existsSync(file)) {
      // Missing while this computer's key signed the trail's newest rows: it was written after
      // each of them, so someone removed it. Leave a marker that verification keeps reporting.
      const newestKeyId = await trailViewOf(this.dataSource).newestKeyId();
      if (newestKeyId !== null && keys.get(newestKeyId)) {
        writeFileSync(this.setAsideName(), `The audit head file was missing when Hearth started at ${this.now().toISOString()}.\n`, { mode: 0o600 });
      }
      return this.update();
    }
    const check = await checkHeadFile(file, trailViewOf(this.dataSource), keys);
    if (check.verdict === 'unreadable' || isDisagreement(check.verdict)) {
      renameSync(file, this.setAsideName());
    }
    await this.update();
  }

  private setAsideName(): string {
    return join(this.dataDir, `audit-head-set-aside-${this.now().toISOString().replace(/[:.]/g, '-')}.json`);
  }

  /** After every task of the core's queue: rewrites the file when the trail's head moved. */
  async update(): Promise<void> {
    if (!this.dataSource.isInitialized) return; // the core was closed
    const rows = await this.dataSource.query<Array<{ seq: number; hash: string }>>(`SELECT last_seq AS seq, last_hash AS hash FROM audit_chain_head WHERE id = 'head'`);
    const head = rows[0];
    if (!head || (this.written?.seq === head.seq && this.written.hash === head.hash)) return;
    writeHeadFile(this.dataDir, this.signer, head.seq, head.hash, this.now().toISOString());
    this.written = { seq: head.seq, hash: head.hash };
  }

}

export function trailViewOf(dataSource: DataSource | { query(sql: string, parameters?: unknown[]): Promise<unknown> }): TrailView {
  return {
    async lastSeq() {
      const [{ last }] = (await dataSource.query('SELECT COALESCE(MAX(seq), 0) AS last FROM audit_events')) as Array<{ last: number }>;
      return Number(last);
    },
    async hashAt(seq) {
      const rows = (await dataSource.query('SELECT hash FROM audit_events WHERE seq = ?', [seq])) as Array<{ hash: string }>;
      return rows[0]?.hash ?? null;
    },
    async newestKeyId() {
      const rows = (await dataSource.query("SELECT key_id AS keyId FROM audit_events WHERE hash_kind = 'hmac-sha256' ORDER BY seq DESC LIMIT 1")) as Array<{ keyId: string | null }>;
      return rows[0]?.keyId ?? null;
    },
    async rowsNotKeyedWith(keyId, afterSeq) {
      const [{ n }] = (await dataSource.query("SELECT COUNT(*) AS n FROM audit_events WHERE seq > ? AND (hash_kind <> 'hmac-sha256' OR key_id IS NULL OR key_id <> ?)", [afterSeq, keyId])) as Array<{ n: number }>;
      return Number(n);
    },
  };
}
