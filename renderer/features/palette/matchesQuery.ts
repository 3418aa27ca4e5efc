/** Lower-case, accent-free text, as the core folds names for its search ("Éloïse" → "eloise"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Every word typed is found in the label or a keyword, whatever the accents and case: "parametres"
 * finds "Paramètres", "lock scr" finds "Lock the screen". An empty query matches everything.
 */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  const haystack = foldText(texts.join(' '));
  return words.every((word) => haystack.includes(word));
}
