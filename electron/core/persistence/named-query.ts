import type { EntityManager } from 'typeorm';

/**
 * Runs hand-written SQL with `:name` (and `:...list`) parameters through the driver's own
 * placeholders, so the text is the same on SQLite and PostgreSQL. For the schedule's hot reads,
 * where building the statement through TypeORM's query builder costs more than running it.
 */
export function namedQuery<T>(manager: EntityManager, sql: string, parameters: Record<string, unknown>): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters, {});
  return manager.query<T[]>(text, values);
}
