import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { RESIDENTS_PAGE_MAX } from '../../shared/contract/residents';
import { admission, errorOf, startTestCore, type TestCore } from '../support/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
});
afterEach(() => t.dispose());

const admit = (overrides: Partial<InputOf<'residents.admit'>>) => t.must('admin', 'residents.admit', admission({ confirmNotDuplicate: true, ...overrides }));

/** Every page of a list, `limit` rows at a time, and the totals each page reported. */
async function allPages(input: InputOf<'residents.list'>, limit: number) {
  const ids: string[] = [];
  const totals = new Set<number>();
  for (let offset = 0; ; offset += limit) {
    const page = await t.must('admin', 'residents.list', { ...input, limit, offset });
    totals.add(page.total);
    ids.push(...page.rows.map((r) => r.id));
    if (page.rows.length < limit) return { ids, totals: [...totals] };
  }
}

describe('paging the register', () => {
  test('pages of a filtered, sorted register add up to the whole list, each row once, with the count of that filter', async () => {
    // Five people named "Same Person" (same sort key): only their ids can order them, on every page.
    for (let i = 0; i < 5; i += 1) await admit({ firstName: 'Same', lastName: 'Person', dateOfBirth: `198${i}-01-01`, admissionDate: '2026-11-01' });
    for (let i = 0; i < 6; i += 1) await admit({ firstName: `Other${i}`, lastName: 'Person', dateOfBirth: `197${i}-02-02`, program: i % 2 ? 'outpatient' : 'residential' });
    const whole = await t.must('admin', 'residents.list', { search: 'person', program: 'residential', sort: 'admissionDate', direction: 'desc', limit: RESIDENTS_PAGE_MAX });
    expect(whole.total).toBe(8);
    expect(whole.rows).toHaveLength(8);

    const paged = await allPages({ search: 'person', program: 'residential', sort: 'admissionDate', direction: 'desc' }, 3);
    expect(paged.ids).toEqual(whole.rows.map((r) => r.id));
    expect(paged.totals).toEqual([8]);
    const same = whole.rows.filter((r) => r.firstName === 'Same').map((r) => r.id);
    expect(same).toEqual([...same].sort());
  });

  test('shows 50 residents when no page size is asked for, and says how many there are', async () => {
    for (let i = 0; i < 52; i += 1) await admit({ firstName: `P${String(i).padStart(2, '0')}`, lastName: 'Many', dateOfBirth: '1990-01-01' });
    const first = await t.must('admin', 'residents.list', {});
    expect(first.rows).toHaveLength(50);
    expect(first.total).toBe(52);
    const last = await t.must('admin', 'residents.list', { offset: 50 });
    expect(last.rows.map((r) => r.firstName)).toEqual(['P50', 'P51']);
  });

  test('a page past the end is empty but still gives the count', async () => {
    await admit({ firstName: 'Only' });
    expect(await t.must('admin', 'residents.list', { offset: 10 })).toEqual({ rows: [], total: 1 });
  });

  test.each([
    ['limit', 0, 'validation.pageLimit'],
    ['limit', RESIDENTS_PAGE_MAX + 1, 'validation.pageLimit'],
    ['limit', 2.5, 'validation.pageLimit'],
    ['limit', '50', 'validation.pageLimit'],
    ['offset', -1, 'validation.pageOffset'],
    ['offset', 0.5, 'validation.pageOffset'],
    ['offset', null, 'validation.pageOffset'],
  ])('a page with %s %j is refused as a validation error', async (field, value, key) => {
    const error = errorOf(await t.call('admin', 'residents.list', { [field]: value }));
    expect(error).toMatchObject({ code: 'validation', fieldErrors: { [field]: [key] } });
  });
});

describe('paging the audit trail', () => {
  test('pages of a filtered trail add up to the whole filtered trail, newest first, with its count', async () => {
    for (let i = 0; i < 7; i += 1) await admit({ firstName: `Audited${i}`, dateOfBirth: `196${i}-03-03` });
    const whole = await t.must('admin', 'audit.list', { action: 'record.create', limit: 1000 });
    expect(whole.total).toBe(whole.rows.length);
    expect(whole.rows.length).toBeGreaterThanOrEqual(7);

    const seqs: number[] = [];
    for (let offset = 0; offset < whole.total; offset += 2) {
      const page = await t.must('admin', 'audit.list', { action: 'record.create', limit: 2, offset });
      expect(page.total).toBe(whole.total);
      seqs.push(...page.rows.map((e) => e.seq));
    }
    expect(seqs).toEqual(whole.rows.map((e) => e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  test('keeps 200 rows as the page size when none is asked for', async () => {
    const page = await t.must('admin', 'audit.list', {});
    expect(page.rows.length).toBe(Math.min(200, page.total));
  });

  test.each([
    ['limit', 0, 'validation.pageLimit'],
    ['limit', 1001, 'validation.pageLimit'],
    ['offset', -5, 'validation.pageOffset'],
  ])('an audit page with %s %j is refused as a validation error', async (field, value, key) => {
    expect(errorOf(await t.call('admin', 'audit.list', { [field]: value }))).toMatchObject({ code: 'validation', fieldErrors: { [field]: [key] } });
  });
});
