import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/** Thrown when code already inside a transaction opens another one: always a bug in the service. */
export class NestedTransactionError extends Error {
  constructor() {
    super('A transaction was opened inside another one. One operation opens one transaction; the pieces it reuses take its EntityManager.');
    this.name = 'NestedTransactionError';
  }
}

/**
 * Makes a nested transaction fail loudly. SQLite's driver shares one connection and quietly turns
 * an inner `transaction()` into a savepoint, so nesting works here by accident; on PostgreSQL the
 * inner call takes a second connection, commits on its own and can deadlock on the outer one's
 * locks. The rule (one operation, one transaction) is kept by this guard rather than by review:
 * every transaction on `dataSource` runs in an async context that remembers it, and opening another
 * from that context (through the data source or through the transaction's own manager) throws.
 * Work that merely runs at the same time in another context (the queued backup) is not nesting.
 */
export function guardAgainstNestedTransactions(dataSource: DataSource): void {
  const inTransaction = new AsyncLocalStorage<true>();
  const manager = dataSource.manager;
  const open = manager.transaction.bind(manager) as (isolation: unknown, run: (m: EntityManager) => Promise<unknown>) => Promise<unknown>;

  const guarded = (isolationOrRun: unknown, maybeRun?: (m: EntityManager) => Promise<unknown>): Promise<unknown> => {
    if (inTransaction.getStore()) return Promise.reject(new NestedTransactionError());
    const run = (typeof isolationOrRun === 'function' ? isolationOrRun : maybeRun) as (m: EntityManager) => Promise<unknown>;
    const isolation = typeof isolationOrRun === 'function' ? undefined : isolationOrRun;
    return open(isolation, (transactional) => {
      // The transaction's own manager would reuse its query runner: a savepoint, i.e. nesting too.
      transactional.transaction = () => Promise.reject(new NestedTransactionError());
      return inTransaction.run(true, () => run(transactional));
    });
  };
  manager.transaction = guarded;
}
