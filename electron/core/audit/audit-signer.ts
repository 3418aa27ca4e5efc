import type { DataSource } from 'typeorm';
import { auditKeyIdOf, newAuditKey } from './audit-key';
import type { AuditKeyStore } from './audit-key-store';

/** The key new audit rows are signed with, for one open database. */
export interface AuditSigner {
  readonly keyId: string;
  readonly secret: Buffer;
}

/**
 * appendAudit is called by every service with only an EntityManager: the signer is found from the
 * manager's DataSource, registered once when the core opens the database. A weak map, so a closed
 * DataSource takes its key with it.
 */
const signers = new WeakMap<DataSource, AuditSigner>();

export function registerAuditSigner(dataSource: DataSource, signer: AuditSigner): void {
  signers.set(dataSource, signer);
}

export function auditSignerOf(dataSource: DataSource): AuditSigner {
  const signer = signers.get(dataSource);
  // Never an unkeyed row by accident: after the first keyed row, an unkeyed one reads as tampering.
  if (!signer) throw new Error('No audit key is registered for this database: open it through createCore.');
  return signer;
}

/** What loading the key found: `made` when there was none (first start, or the key was lost). */
export interface LoadedAuditKey {
  signer: AuditSigner;
  made: boolean;
  /** Why an existing key could not be used, for the log ("unreadable ..."). */
  problem: string | null;
}

/**
 * The installation's key, or a new one when there is none: losing the key never locks anyone
 * out. The new key starts a new, announced segment of the trail (audit-log.ts announceAuditKey).
 */
export function loadOrMakeAuditKey(store: AuditKeyStore): LoadedAuditKey {
  const stored = store.load();
  if (stored.state === 'found') return { signer: { keyId: auditKeyIdOf(stored.secret), secret: stored.secret }, made: false, problem: null };
  const secret = newAuditKey();
  store.save(secret);
  return { signer: { keyId: auditKeyIdOf(secret), secret }, made: true, problem: stored.state === 'unreadable' ? stored.problem : null };
}
