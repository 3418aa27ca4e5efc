import { describe, expect, it } from 'vitest';
import type { Permission } from '../../../shared/permissions';
import { matchesQuery } from '../../../renderer/features/palette/matchesQuery';
import { availableActions, PALETTE_ACTIONS, type PaletteActionContext } from '../../../renderer/features/palette/paletteActions';
import { buildPaletteGroups, isPeopleSearch, type PaletteItem } from '../../../renderer/features/palette/paletteGroups';

const holding = (...held: Permission[]) => (permission: Permission) => held.includes(permission);
const context = (over: Partial<PaletteActionContext> = {}): PaletteActionContext => ({
  navigate: () => undefined,
  lockScreen: () => undefined,
  setLanguage: () => undefined,
  setColorScheme: () => undefined,
  language: 'en',
  colorScheme: 'light',
  ...over,
});
const ids = (can: (permission: Permission) => boolean, over: Partial<PaletteActionContext> = {}) => availableActions(PALETTE_ACTIONS, can, context(over)).map((a) => a.id);
const item = (id: string, label: string, keywords?: string[]): PaletteItem => ({ id, label, keywords, select: () => undefined });

describe('the palette offers only the actions the person may run now', () => {
  it('offers admitting a resident only to those who may write the register', () => {
    expect(ids(holding('residents.read', 'residents.write'))).toContain('admit');
    expect(ids(holding('residents.read'))).not.toContain('admit');
    expect(ids(holding('staff.read', 'accounts.manage'))).not.toContain('admit');
  });

  it('lets anyone lock the screen', () => {
    expect(ids(() => false)).toContain('lock');
  });

  it('offers the other language and the other theme, not the current ones', () => {
    expect(ids(() => false, { language: 'en', colorScheme: 'light' })).toEqual(['lock', 'french', 'dark']);
    expect(ids(() => false, { language: 'fr', colorScheme: 'dark' })).toEqual(['lock', 'english', 'light']);
  });

  it('runs an action with the means it is given: admitting goes to the admission form', () => {
    const went: string[] = [];
    PALETTE_ACTIONS.find((a) => a.id === 'admit')!.run(context({ navigate: (to) => went.push(to) }));
    expect(went).toEqual(['/residents/new']);
  });
});

describe('matching what is typed', () => {
  it('ignores accents and case and finds every word typed anywhere in the label or keywords', () => {
    expect(matchesQuery('parametres', ['Paramètres'])).toBe(true);
    expect(matchesQuery('ÉCRAN verr', ["Verrouiller l'écran"])).toBe(true);
    expect(matchesQuery('lock audit', ['Lock the screen'])).toBe(false);
    expect(matchesQuery('  ', ['anything'])).toBe(true);
  });

  it('searches people only once two letters are typed, accents aside', () => {
    expect(isPeopleSearch('e')).toBe(false);
    expect(isPeopleSearch(' é ')).toBe(false);
    expect(isPeopleSearch('él')).toBe(true);
  });
});

describe('the palette lists', () => {
  const screens = [item('screen:/residents', 'Residents'), item('screen:/audit', 'Audit trail')];
  const actions = [item('action:lock', 'Lock the screen', ['verrouiller']), item('action:admit', 'Admit a resident')];

  it('puts people first, then the screens and actions that match, leaving out empty kinds', () => {
    const residents = [item('resident:1', 'Éloïse Tremblay')];
    const groups = buildPaletteGroups({ query: 'eloise', screens, actions, residents, staff: [] });
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([['residents', ['resident:1']]]);
  });

  it('finds a screen by its name and an action by a keyword in the other language', () => {
    expect(buildPaletteGroups({ query: 'audit', screens, actions, residents: [], staff: [] }).map((g) => g.kind)).toEqual(['screens']);
    expect(buildPaletteGroups({ query: 'verrou', screens, actions, residents: [], staff: [] }).flatMap((g) => g.items.map((i) => i.id))).toEqual(['action:lock']);
  });

  it('lists everything it may offer before anything is typed', () => {
    expect(buildPaletteGroups({ query: '', screens, actions, residents: [], staff: [] }).map((g) => g.kind)).toEqual(['screens', 'actions']);
  });

  it('shows at most five people of each kind', () => {
    const many = Array.from({ length: 9 }, (_, n) => item(`staff:${n}`, `Person ${n}`));
    expect(buildPaletteGroups({ query: 'person', screens: [], actions: [], residents: [], staff: many })[0].items).toHaveLength(5);
  });
});
