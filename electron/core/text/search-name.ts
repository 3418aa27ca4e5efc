import { foldForSearch } from '../../../shared/text/fold';

export { foldForSearch };

export function searchNameOf(...parts: Array<string | null | undefined>): string {
  return foldForSearch(parts.filter(Boolean).join(' '));
}

/** A LIKE pattern matching `term` anywhere, with %, _ and \ in the term taken literally (use ESCAPE '\'). */
export function containsPattern(term: string): string {
  return `%${foldForSearch(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One pattern per word, all of which must match: "tremblay elo" finds Éloïse Tremblay. */
export function wordPatterns(text: string): string[] {
  return foldForSearch(text).split(' ').filter(Boolean).map(containsPattern);
}

/** Adds "every word of `text` appears in `column`" to a query builder (portable LIKE ... ESCAPE). */
export function whereAllWordsIn<Q extends { andWhere(condition: string, parameters: Record<string, unknown>): Q }>(query: Q, column: string, text: string): Q {
  wordPatterns(text).forEach((pattern, index) => query.andWhere(`${column} LIKE :word${index} ESCAPE '\\'`, { [`word${index}`]: pattern }));
  return query;
}
