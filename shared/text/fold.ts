/**
 * Lower-case, accent-free text so "Éloïse" is found by "eloise" whatever the database's
 * collation (SQLite's LIKE only folds ASCII case). Shared: the renderer's name warning folds the same way.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
