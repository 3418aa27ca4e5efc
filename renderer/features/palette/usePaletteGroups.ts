import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useNavigate, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { visibleNavItems } from '../../app/navigation';
import { useSession } from '../../app/session';
import { useLockScreen } from '../../app/useLockScreen';
import { setUiLanguage } from '../../i18n';
import { availableActions, PALETTE_ACTIONS, type PaletteActionContext } from './paletteActions';
import { buildPaletteGroups, type PaletteGroup } from './paletteGroups';
import { usePeopleResults } from './usePeopleResults';

/**
 * The palette's lists for a query: people found by the core, the navbar's own screens (the same
 * routes and permissions, declared once in routes.tsx) and the actions this person may run.
 */
export function usePaletteGroups(query: string): { groups: PaletteGroup[]; searching: boolean } {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const { routeTree } = useRouter();
  const navigate = useNavigate();
  const lockScreen = useLockScreen();
  const { setColorScheme } = useMantineColorScheme();
  const colorScheme = useComputedColorScheme('light');
  const { residents, staff, searching } = usePeopleResults(query);

  const context: PaletteActionContext = {
    navigate: (to) => void navigate({ to }),
    lockScreen: () => void lockScreen(),
    setLanguage: setUiLanguage,
    setColorScheme,
    language: i18n.language === 'fr' ? 'fr' : 'en',
    colorScheme,
  };

  const groups = buildPaletteGroups({
    query,
    residents,
    staff,
    screens: visibleNavItems(routeTree, can).map((item) => ({ id: `screen:${item.to}`, label: t(item.labelKey), select: () => void navigate({ to: item.to }) })),
    actions: availableActions(PALETTE_ACTIONS, can, context).map((action) => ({
      id: `action:${action.id}`,
      label: t(action.labelKey),
      keywords: action.keywords,
      select: () => action.run(context),
    })),
  });
  return { groups, searching };
}
