import { safeStorage } from 'electron';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { defaultAuditKeyFile, fileAuditKeyStore, keyText, parseKeyText, type AuditKeyStore } from '../core/audit/audit-key-store';
import { writeOwnerOnlyFileAtomically } from '../core/audit/owner-only-file';

const BLOB_NAME = 'audit-key.keychain';

/**
 * The desktop app's audit key: encrypted with Electron's safeStorage (the OS keychain), so the
 * blob may sit in the data folder, useless to whoever copies the folder or opens it with a
 * database tool. HEARTH_AUDIT_KEY_FILE picks a key file instead (to move a database with its
 * key, or to let `npm run audit:verify` check the app's rows). Without a real keychain (Linux
 * without a secret service: safeStorage would use a built-in password), the key file is used and
 * `warn` says so.
 */
export function electronAuditKeyStore(dataDir: string, warn: (line: string) => void): AuditKeyStore {
  if (process.env.HEARTH_AUDIT_KEY_FILE) return fileAuditKeyStore(defaultAuditKeyFile(dataDir));
  if (!safeStorage.isEncryptionAvailable() || (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')) {
    const store = fileAuditKeyStore(defaultAuditKeyFile(dataDir));
    warn(`No system keychain is available: the audit key is kept in the owner-only file ${store.location}.`);
    return store;
  }
  const blob = join(dataDir, BLOB_NAME);
  return {
    location: `${blob} (encrypted by the system keychain)`,
    load() {
      let encrypted: Buffer;
      try {
        encrypted = readFileSync(blob);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' };
        return { state: 'unreadable', problem: `The key could not be read: ${(error as Error).message}` };
      }
      try {
        return parseKeyText(safeStorage.decryptString(encrypted));
      } catch (error) {
        // Another user's or another computer's keychain: the key is not usable here.
        return { state: 'unreadable', problem: `The keychain could not decrypt the key: ${(error as Error).message}` };
      }
    },
    save(secret) {
      if (existsSync(blob)) renameSync(blob, `${blob}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      writeOwnerOnlyFileAtomically(blob, safeStorage.encryptString(keyText(secret)));
    },
  };
}
