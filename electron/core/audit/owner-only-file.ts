import { chmodSync, closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';

/** Temporary name, synced, then renamed: a crash leaves the old file or the new one, never half of one. */
export function writeOwnerOnlyFileAtomically(file: string, content: string | Buffer): void {
  const partial = `${file}.partial`;
  const descriptor = openSync(partial, 'w', 0o600);
  try {
    writeSync(descriptor, typeof content === 'string' ? Buffer.from(content) : content);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  if (process.platform !== 'win32') chmodSync(partial, 0o600);
  renameSync(partial, file);
}
