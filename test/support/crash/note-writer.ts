// A child process for the crash test (test/integration/notes-crash-safety.test.ts): opens the core
// on a data folder, signs in, and saves revisions of one meeting's note as fast as it can, printing
// "ACK <revision id>" after each save the core acknowledged, until it is killed. Bundled by the test
// with rolldown (the app's own bundler), run with plain node: no TypeScript loader needed.
import { fileAuditKeyStore } from '../../../electron/core/audit/audit-key-store';
import { TEST_COST } from '../../../electron/core/auth/passwords';
import { createCore } from '../../../electron/core/core';

async function main(): Promise<void> {
  const [dataDir, keyFile, occurrenceId, username, password] = process.argv.slice(2);
  const core = await createCore({ dataDir, passwordCost: TEST_COST, log: () => undefined, auditKeyStore: fileAuditKeyStore(keyFile) });
  if (core.state !== 'ready') throw new Error(core.problem);
  const call = async (name: string, input: unknown) => {
    const result = await core.dispatch('crash', name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as Record<string, unknown>;
  };
  await call('auth.signIn', { username, password });
  const opened = await call('notes.open', { subjectKind: 'occurrence', subjectId: occurrenceId, openingId: crypto.randomUUID() });
  let base = (opened.head as { id: string } | null)?.id ?? null;
  process.stdout.write('READY\n');
  for (let i = 0; ; i += 1) {
    const content = { facilitatorId: null, coFacilitatorId: null, topic: `Revision ${i}`, discussion: 'x'.repeat(200 + (i % 50)), closing: '', participants: [] };
    const saved = await call('notes.save', { subjectKind: 'occurrence', subjectId: occurrenceId, baseRevisionId: base, content });
    base = saved.id as string;
    process.stdout.write(`ACK ${base}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(2);
});
