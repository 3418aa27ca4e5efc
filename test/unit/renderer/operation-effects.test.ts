import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, type InputOf } from '../../../shared/contract';
import { DOMAINS, OPERATION_EFFECTS, domainsReadBy, domainsTouchedBy, type ReadOperationName } from '../../../shared/contract/effects';
import { createHearthQueryClient, hearthQueryKey, invalidateAfter, shouldRetry } from '../../../renderer/app/queries';

describe('what each operation reads or writes', () => {
  it('is declared for every operation of the contract, and for nothing else', () => {
    expect(Object.keys(OPERATION_EFFECTS).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('names at least one known domain for every read and every write', () => {
    for (const name of OPERATION_NAMES) {
      const domains = [...domainsReadBy(name), ...domainsTouchedBy(name)];
      expect(domains.length, name).toBeGreaterThan(0);
      for (const domain of domains) expect(DOMAINS, `${name} names ${domain}`).toContain(domain);
    }
  });

  it('has every change to residents, staff, accounts, settings or backups refresh the audit trail it is recorded in', () => {
    const recorded = OPERATION_NAMES.filter((name) => /^(residents|staff|accounts|settings|backups)\./.test(name) && domainsTouchedBy(name).length > 0);
    expect(recorded.length).toBeGreaterThan(5);
    for (const name of recorded) expect(domainsTouchedBy(name), name).toContain('audit');
  });
});

describe('refreshing the screens after a write', () => {
  function cacheWithOneOfEach() {
    const client = createHearthQueryClient();
    const keys = {
      register: hearthQueryKey('residents.list', { search: 'ann', status: 'admitted' }),
      resident: hearthQueryKey('residents.get', { id: '0190a0b0-0000-7000-8000-000000000001', openingId: '0190a0b0-0000-4000-8000-000000000002' }),
      staff: hearthQueryKey('staff.list', { includeInactive: true }),
      accounts: hearthQueryKey('accounts.list', {}),
      audit: hearthQueryKey('audit.list', { action: 'record.open' }),
      backups: hearthQueryKey('backups.list', {}),
      settings: hearthQueryKey('settings.get', {}),
    } satisfies Record<string, readonly [ReadOperationName, InputOf<ReadOperationName>]>;
    for (const key of Object.values(keys)) client.setQueryData(key, []);
    const stale = () => Object.entries(keys).filter(([, key]) => client.getQueryState(key)?.isInvalidated).map(([label]) => label).sort();
    return { client, stale };
  }

  it('a discharge refreshes the register, every open resident and the audit trail, and nothing else', async () => {
    const { client, stale } = cacheWithOneOfEach();
    await invalidateAfter(client, 'residents.discharge');
    expect(stale()).toEqual(['audit', 'register', 'resident']);
  });

  it('renaming a staff member refreshes the staff list, the accounts and the audit trail, not the register', async () => {
    const { client, stale } = cacheWithOneOfEach();
    await invalidateAfter(client, 'staff.update');
    expect(stale()).toEqual(['accounts', 'audit', 'staff']);
  });

  it('a backup refreshes only the backups and the audit trail', async () => {
    const { client, stale } = cacheWithOneOfEach();
    await invalidateAfter(client, 'backups.create');
    expect(stale()).toEqual(['audit', 'backups']);
  });
});

describe('asking again after a failed read', () => {
  it('never retries a refusal, and retries a broken bridge once', () => {
    for (const code of ['forbidden', 'validation', 'conflict', 'notFound', 'unauthenticated']) expect(shouldRetry(0, { code, message: '' }), code).toBe(false);
    expect(shouldRetry(0, { code: 'internal', message: '' })).toBe(true);
    expect(shouldRetry(1, { code: 'internal', message: '' })).toBe(false);
  });
});
