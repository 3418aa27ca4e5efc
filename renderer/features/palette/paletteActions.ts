import type { Permission } from '../../../shared/permissions';
import type { MessageKey } from '../../i18n/messageKeys';

// The palette's commands, one typed list: a later screen adds its own (today's sessions, take
// attendance, a new note) by adding an entry here, with the permission it needs.

/** What an action may do; the palette gives it the app's own means, so nothing is done twice. */
export interface PaletteActionContext {
  navigate: (to: '/residents/new') => void;
  lockScreen: () => void;
  setLanguage: (language: 'en' | 'fr') => void;
  setColorScheme: (scheme: 'light' | 'dark') => void;
  /** The interface as it is now, for actions offered only in one state (switch to the other language). */
  language: 'en' | 'fr';
  colorScheme: 'light' | 'dark';
}

export interface PaletteAction {
  id: string;
  /** Key of the label in the palette catalog (renderer/i18n/<language>/palette.json). */
  labelKey: MessageKey & `palette.${string}`;
  /** Other words that find it, in both languages (matched without accents). */
  keywords: readonly string[];
  /** Offered only to a person who holds it; the core checks it again on the call itself. */
  permission?: Permission;
  /** Offered only when this holds (e.g. "switch to French" while the interface is in English). */
  when?: (context: PaletteActionContext) => boolean;
  run: (context: PaletteActionContext) => void;
}

export const PALETTE_ACTIONS: readonly PaletteAction[] = [
  {
    id: 'admit',
    labelKey: 'palette.actions.admit',
    keywords: ['admit', 'new resident', 'add', 'admettre', 'admission', 'nouveau', 'nouvelle', 'résident'],
    permission: 'residents.write',
    run: ({ navigate }) => navigate('/residents/new'),
  },
  {
    id: 'lock',
    labelKey: 'palette.actions.lock',
    keywords: ['lock', 'screen', 'away', 'verrouiller', 'écran', 'pause'],
    run: ({ lockScreen }) => lockScreen(),
  },
  {
    id: 'french',
    labelKey: 'palette.actions.french',
    keywords: ['language', 'langue', 'french', 'français', 'fr'],
    when: ({ language }) => language !== 'fr',
    run: ({ setLanguage }) => setLanguage('fr'),
  },
  {
    id: 'english',
    labelKey: 'palette.actions.english',
    keywords: ['language', 'langue', 'english', 'anglais', 'en'],
    when: ({ language }) => language !== 'en',
    run: ({ setLanguage }) => setLanguage('en'),
  },
  {
    id: 'dark',
    labelKey: 'palette.actions.dark',
    keywords: ['theme', 'thème', 'dark', 'night', 'sombre', 'nuit'],
    when: ({ colorScheme }) => colorScheme !== 'dark',
    run: ({ setColorScheme }) => setColorScheme('dark'),
  },
  {
    id: 'light',
    labelKey: 'palette.actions.light',
    keywords: ['theme', 'thème', 'light', 'day', 'clair', 'jour'],
    when: ({ colorScheme }) => colorScheme !== 'light',
    run: ({ setColorScheme }) => setColorScheme('light'),
  },
];

/** The actions this person may run now, in list order. */
export function availableActions(actions: readonly PaletteAction[], can: (permission: Permission) => boolean, context: PaletteActionContext): PaletteAction[] {
  return actions.filter((action) => (!action.permission || can(action.permission)) && (action.when?.(context) ?? true));
}
