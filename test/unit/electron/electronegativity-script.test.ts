import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

// The script behind `npm run electronegativity`, run on small folders: it must fail on what it
// should find, and on what it could not read, or a green run would prove nothing.
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function scan(files: Record<string, string>, waived: Record<string, string> = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'hearth-electronegativity-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const config = join(folder, 'config.json');
  writeFileSync(config, JSON.stringify({ input: folder, waived: { AvailableSecurityFixesGlobalCheck: 'offline', ...waived } }));
  const run = spawnSync(process.execPath, ['scripts/electronegativity.mjs', '--config', config], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

const RISKY_WINDOW = `import { BrowserWindow } from 'electron';
export const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
`;
const DECORATED_ENTITY = `import { Column, Entity } from 'typeorm';
@Entity('residents')
export class ResidentEntity {
  @Column({ type: 'text' }) declare firstName: string;
  private readonly note?: string = undefined;
  label = (): string => this.note ?? this.firstName;
}
`;

test('a window with Node integration fails the run, named with its file, while decorated TypeScript parses', () => {
  const { status, output } = scan({ 'risky-window.ts': RISKY_WINDOW, 'resident.entity.ts': DECORATED_ENTITY });
  expect(status).toBe(1);
  expect(output).toMatch(/NODE_INTEGRATION_JS_CHECK .*risky-window\.ts:2/);
  expect(output).toMatch(/CONTEXT_ISOLATION_JS_CHECK .*risky-window\.ts/);
  expect(output).not.toContain('resident.entity.ts');
}, 60_000);

test('a file the tool cannot parse fails the run instead of being skipped', () => {
  const { status, output } = scan({ 'broken.ts': 'export const = ;\n' });
  expect(status).toBe(1);
  expect(output).toMatch(/Could not parse .*broken\.ts/);
}, 60_000);

test('a waived check is not reported, and a waiver without a reason is refused', () => {
  const waivedRun = scan({ 'risky-window.ts': RISKY_WINDOW }, { NodeIntegrationJSCheck: 'test', ContextIsolationJSCheck: 'test' });
  expect(waivedRun.output).not.toContain('NODE_INTEGRATION_JS_CHECK');
  expect(waivedRun.output).not.toContain('CONTEXT_ISOLATION_JS_CHECK');
  const unexplained = scan({ 'risky-window.ts': RISKY_WINDOW }, { NodeIntegrationJSCheck: ' ' });
  expect(unexplained.status).toBe(1);
  expect(unexplained.output).toContain('The waiver of NodeIntegrationJSCheck');
}, 60_000);
