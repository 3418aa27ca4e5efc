import { matchesQuery } from './matchesQuery';

// What the palette lists for a query, as plain data: the component only draws it.

export const PALETTE_KINDS = ['residents', 'staff', 'screens', 'actions'] as const;
export type PaletteKind = (typeof PALETTE_KINDS)[number];

/** A few people per kind: the palette finds someone, the register browses. */
export const PEOPLE_PER_KIND = 5;

export interface PaletteItem {
  id: string;
  label: string;
  description?: string;
  /** Words that find it besides its label (screens and actions; people are found by the core). */
  keywords?: readonly string[];
  select: () => void;
}

export interface PaletteGroup {
  kind: PaletteKind;
  items: PaletteItem[];
}

export interface PaletteSources {
  query: string;
  screens: readonly PaletteItem[];
  actions: readonly PaletteItem[];
  /** Already found by the core for this query (accent-insensitive), or empty. */
  residents: readonly PaletteItem[];
  staff: readonly PaletteItem[];
}

/**
 * People first (a name typed is most often someone to open), then screens and actions whose label
 * or keywords hold every word typed; a kind with nothing to show is left out.
 */
export function buildPaletteGroups({ query, screens, actions, residents, staff }: PaletteSources): PaletteGroup[] {
  const matching = (items: readonly PaletteItem[]) => items.filter((item) => matchesQuery(query, [item.label, ...(item.keywords ?? [])]));
  const groups: PaletteGroup[] = [
    { kind: 'residents', items: residents.slice(0, PEOPLE_PER_KIND) },
    { kind: 'staff', items: staff.slice(0, PEOPLE_PER_KIND) },
    { kind: 'screens', items: matching(screens) },
    { kind: 'actions', items: matching(actions) },
  ];
  return groups.filter((group) => group.items.length > 0);
}

/** The core searches names only once two letters are typed; fewer would match nearly everyone. */
export function isPeopleSearch(query: string): boolean {
  return query.normalize('NFD').replace(/[\p{Diacritic}\s]/gu, '').length >= 2;
}
