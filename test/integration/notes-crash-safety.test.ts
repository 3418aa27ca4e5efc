import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createNotesWorld } from '../support/notes-world';
import { ADMIN_PASSWORD, startTestCore, testAuditKeyFile } from '../support/test-core';

// Crash safety of autosaves: a core in a child process saves note revisions in a loop and is killed
// with SIGKILL at random moments, again and again; after each kill the database file must pass
// SQLite's integrity check and hold every revision the core had acknowledged before the kill.

const KILLS = 50;
/** Two data folders killed side by side: a child spends most of its life loading modules, and CI has two cores. */
const LANES = 2;
const ROOT = resolve(__dirname, '../..');
const WORK = join(ROOT, '.tmp');
let bundleDir: string;
let writer: string;
const lanes: Array<{ dataDir: string; occurrenceId: string }> = [];

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  bundleDir = mkdtempSync(join(WORK, 'crash-writer-'));
  writer = join(bundleDir, 'note-writer.cjs');
  // Inside the project so the bundle's `require`s find node_modules; the app's own bundler, so no TypeScript loader.
  await build({
    input: join(ROOT, 'test/support/crash/note-writer.ts'),
    platform: 'node',
    // Packages stay outside (node resolves them); the bundler's own decorator helpers go in.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@oxc-project/runtime'),
    tsconfig: join(ROOT, 'tsconfig.node.json'),
    output: { file: writer, format: 'cjs' },
    logLevel: 'silent',
  });
  for (let lane = 0; lane < LANES; lane += 1) {
    const t = await startTestCore();
    const world = await createNotesWorld(t);
    lanes.push({ dataDir: t.dataDir, occurrenceId: world.occurrenceIds[0] });
    await t.core.close(); // the folder and its key stay: the child opens them
  }
}, 60_000);
afterAll(() => {
  rmSync(bundleDir, { recursive: true, force: true });
  for (const { dataDir } of lanes) rmSync(dataDir, { recursive: true, force: true });
});

/** Starts a writer; resolves once it has been killed, with the revisions it acknowledged before. */
function runAndKill({ dataDir, occurrenceId }: (typeof lanes)[number], killAfterMs: number): Promise<{ acknowledged: string[]; ready: boolean }> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(process.execPath, [writer, dataDir, testAuditKeyFile(dataDir), occurrenceId, 'ada', ADMIN_PASSWORD], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: string[] = [];
    let ready = false;
    let pending = '';
    let errors = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'READY') {
          ready = true;
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        } else if (line.startsWith('ACK ')) acknowledged.push(line.slice(4));
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') done({ acknowledged, ready });
      else fail(new Error(`the writer stopped by itself (${code}): ${errors}`));
    });
  });
}

function inspect(file: string): Promise<{ integrity: string; revisionIds: Set<string> }> {
  return new Promise((done, fail) => {
    const db = new sqlite3.Database(file, (openError) => {
      if (openError) return fail(openError);
      db.get<{ integrity_check: string }>('PRAGMA integrity_check', (checkError, row) => {
        if (checkError) return fail(checkError);
        db.all<{ id: string }>('SELECT id FROM group_note_revisions', (readError, rows) => {
          db.close();
          if (readError) return fail(readError);
          done({ integrity: row.integrity_check, revisionIds: new Set(rows.map((r) => r.id)) });
        });
      });
    });
  });
}

/** Kills one lane's writer `kills` times, checking the file after each kill; returns how many revisions were acknowledged. */
async function killRepeatedly(lane: (typeof lanes)[number], kills: number): Promise<number> {
  const everAcknowledged: string[] = [];
  for (let kill = 0; kill < kills; kill += 1) {
    const { acknowledged, ready } = await runAndKill(lane, Math.floor(Math.random() * 120));
    expect(ready).toBe(true);
    everAcknowledged.push(...acknowledged);
    const { integrity, revisionIds } = await inspect(join(lane.dataDir, 'hearth.sqlite'));
    expect(integrity).toBe('ok');
    const lost = everAcknowledged.filter((id) => !revisionIds.has(id));
    expect(lost, `after kill ${kill + 1}`).toEqual([]);
  }
  return everAcknowledged.length;
}

test(`autosaves survive ${KILLS} kills at random moments: the file stays intact and every acknowledged revision is there`, async () => {
  const acknowledged = await Promise.all(lanes.map((lane) => killRepeatedly(lane, KILLS / LANES)));
  // The loops did save: revisions were acknowledged across the kills.
  expect(acknowledged.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(KILLS);
}, 180_000);
