import type { EntityManager } from 'typeorm';
import { namedQuery } from './named-query';

/** Bound values per statement: well under every driver's limit (SQLite's is 32,766). */
const VALUES_PER_STATEMENT = 900;

/**
 * Many rows into one table as multi-row INSERTs, in the caller's transaction. For derived rows
 * written by the thousand (a series' occurrences and who each books): TypeORM's insert builder
 * spends far longer per row than the database does. Placeholders come from the driver, so the
 * text is the same on SQLite and PostgreSQL.
 */
export async function insertRows(manager: EntityManager, table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
  const perStatement = Math.max(1, Math.floor(VALUES_PER_STATEMENT / columns.length));
  const columnList = columns.map((column) => `"${column}"`).join(', ');
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const parameters: Record<string, unknown> = {};
    const tuples = chunk.map((row, r) => `(${columns.map((_, c) => {
      parameters[`v${r}_${c}`] = row[c];
      return `:v${r}_${c}`;
    }).join(', ')})`);
    await namedQuery(manager, `INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(', ')}`, parameters);
  }
}
