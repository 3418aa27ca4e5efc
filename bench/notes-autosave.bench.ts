import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import type { NoteContent } from '../shared/contract/notes';
import { createNotesWorld, type NotesWorld } from '../test/support/notes-world';
import { admission, startTestCore, type TestCore } from '../test/support/test-core';

// The autosave round trip: the renderer's call as the dispatcher receives it (validation,
// permission, the per-record check, one transaction) until the revision is committed with
// synchronous=FULL, i.e. durable on disk. A full note of ten participants (~4 KB) on top of 500
// earlier revisions. Prints p50 and p95 (target: p95 under 30 ms).
let t: TestCore;
let w: NotesWorld;
let base: string | null = null;
let content: NoteContent;
const timings: number[] = [];

beforeAll(async () => {
  t = await startTestCore();
  w = await createNotesWorld(t);
  const residentIds = [w.eloise, w.bruno, w.chloe];
  for (let i = 0; i < 7; i += 1) residentIds.push((await t.must('admin', 'residents.admit', admission({ firstName: `Guest${i}`, lastName: 'Bench', dateOfBirth: `1980-01-1${i}` }))).id);
  const sentence = 'Talked about the week, the horses and what helps in the mornings. ';
  content = w.content({ discussion: sentence.repeat(12), participants: residentIds.map((residentId) => w.lines(residentId, { checkIn: sentence, mood: 3, sharing: sentence.repeat(2), goal: 'Walk every morning.' })) });
  for (let i = 0; i < 500; i += 1) base = (await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: w.occurrenceIds[0], baseRevisionId: base, content: { ...content, topic: `Draft ${i}` } })).id;
}, 600_000);

afterAll(async () => {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  console.log(`notes autosave round trip over ${sorted.length} saves: p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms (target p95 < 30 ms)`);
  await t.dispose();
});

describe('group notes', () => {
  bench('autosave a full note (one revision, durable on disk)', async () => {
    const started = performance.now();
    base = (await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: w.occurrenceIds[0], baseRevisionId: base, content: { ...content, topic: `Autosave ${timings.length}` } })).id;
    timings.push(performance.now() - started);
  }, { iterations: 300 });
});
