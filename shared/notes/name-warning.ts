import type { RegisterName } from '../contract/notes';
import { foldForSearch } from '../text/fold';

// The second pair of eyes on names: while a participant's own line is written, say (never block)
// when it names another resident of the register, so one person's words do not land in another's
// record. The rule, chosen to warn on real names and stay quiet on ordinary words:
// - each of a resident's first, last and preferred names is split into words (on spaces, hyphens
//   and apostrophes: "Marie-Ève" gives "marie" and "eve"), folded (no accents, lower case);
// - a name word matches a whole word of the line, compared folded ("Eloise" finds "Éloïse");
// - words under three letters never match ("Al", "Jo" would match too much);
// - name words that are also everyday words in English or French ("Rose", "Grace", "Pierre" as a
//   stone is not, but "Claire" is "clear") match only when written with a capital in the line;
// - the participant's own name words never warn, even when another resident shares them (the line
//   is about that participant: "Marie" in Marie's line is most likely Marie).

const MIN_NAME_WORD = 3;

/** Name words that are common words too: they warn only when capitalised. */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'will', 'may', 'mark', 'rose', 'grace', 'hope', 'joy', 'faith', 'april', 'june', 'august', 'ray', 'bill', 'sky', 'pat', 'dawn', 'summer', 'autumn',
  'ivy', 'iris', 'lily', 'daisy', 'ruby', 'amber', 'hunter', 'king', 'young', 'white', 'black', 'brown', 'green', 'stone', 'wood', 'hill', 'long', 'page',
  'claire', 'blanche', 'rose', 'aime', 'belle', 'sage', 'reine', 'roy', 'petit', 'grand', 'blanc', 'noel', 'victoire', 'constance', 'prudence', 'modeste', 'france',
  'martin', 'lane', 'bell', 'gay', 'chance', 'love', 'sunny', 'art', 'don', 'max', 'sue', 'guy', 'job', 'eve', 'ali', 'ben',
]);

export interface NameWarning {
  residentId: string;
  /** The other resident's name as the register has it. */
  name: string;
  /** The word of the line that matched, as typed. */
  word: string;
}

const nameWords = (...names: Array<string | null>) =>
  names.flatMap((name) => (name ? foldForSearch(name).split(/[\s\-'’]+/u) : [])).filter((word) => word.length >= MIN_NAME_WORD);

const displayName = (resident: RegisterName) =>
  `${resident.preferredName ? `${resident.firstName} (${resident.preferredName})` : resident.firstName} ${resident.lastName}`;

/** Other residents named in `line`, written about `ownResidentId`: at most one warning per resident, in the line's order. */
export function otherResidentsNamed(line: string, ownResidentId: string, register: readonly RegisterName[]): NameWarning[] {
  const own = register.find((resident) => resident.residentId === ownResidentId);
  const ownWords = new Set(own ? nameWords(own.firstName, own.lastName, own.preferredName) : []);
  const byWord = new Map<string, RegisterName[]>();
  for (const resident of register) {
    if (resident.residentId === ownResidentId) continue;
    for (const word of new Set(nameWords(resident.firstName, resident.lastName, resident.preferredName))) {
      if (ownWords.has(word)) continue;
      byWord.set(word, [...(byWord.get(word) ?? []), resident]);
    }
  }
  const warnings: NameWarning[] = [];
  const seen = new Set<string>();
  for (const match of line.matchAll(/[\p{L}\p{M}]+/gu)) {
    const typed = match[0];
    const folded = foldForSearch(typed);
    const residents = byWord.get(folded);
    if (!residents) continue;
    if (COMMON_WORDS.has(folded) && typed[0] === typed[0]?.toLowerCase()) continue;
    for (const resident of residents) {
      if (seen.has(resident.residentId)) continue;
      seen.add(resident.residentId);
      warnings.push({ residentId: resident.residentId, name: displayName(resident), word: typed });
    }
  }
  return warnings;
}
