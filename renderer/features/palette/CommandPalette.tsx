import { Spotlight } from '@mantine/spotlight';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { usePaletteGroups } from './usePaletteGroups';
import { palette, PALETTE_SHORTCUT, paletteStore } from './paletteStore';

/**
 * The command palette (Ctrl+K / ⌘K, or the header's button): go to a screen, find a resident or a
 * staff member, run an action. Part of the signed-in app, so it never exists before sign-in; it is
 * closed and deaf to its shortcut while the screen is locked.
 */
export function CommandPalette() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [query, setQuery] = useState('');
  const { groups, searching } = usePaletteGroups(query);
  const listId = `palette-${useId().replace(/:/g, '')}`;
  const locked = session.locked;
  const optionId = (index: number) => `${listId}-option-${index}`;
  // What Enter opens is the entry Spotlight marks `data-selected` in the list (its arrow keys move
  // that mark); the screen reader is told the same entry, read from the list itself, so the two
  // can never disagree, whichever of Spotlight or the people search redrew last.
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const followSelection = useCallback((list: HTMLDivElement | null) => {
    if (!list) return;
    const sync = () => {
      const current = list.querySelector<HTMLElement>('[data-action][data-selected]');
      list.querySelectorAll('[data-action]').forEach((option) => option.setAttribute('aria-selected', String(option === current)));
      setActiveId(current?.id || undefined);
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(list, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-selected', 'id'] });
    return () => {
      observer.disconnect();
      setActiveId(undefined);
    };
  }, []);

  useEffect(() => {
    if (locked) palette.close();
  }, [locked]);

  // Spotlight selects the first entry when the query changes; people arrive a moment later, so the
  // first entry is selected again whenever the list changes: Enter opens what is shown on top.
  const entries = groups.flatMap((group) => group.items.map((item) => item.id));
  const firstIndex = new Map(entries.map((id, index) => [id, index]));
  const shown = entries.join('\n');
  useEffect(() => {
    const elements = document.getElementById(listId)?.querySelectorAll('[data-action]') ?? [];
    elements.forEach((element, index) => {
      if (index === 0) element.setAttribute('data-selected', 'true');
      else element.removeAttribute('data-selected');
    });
    paletteStore.updateState((state) => ({ ...state, selected: elements.length > 0 ? 0 : -1 }));
  }, [shown, listId]);

  return (
    <Spotlight.Root
      store={paletteStore}
      query={query}
      onQueryChange={setQuery}
      shortcut={locked ? null : PALETTE_SHORTCUT}
      // The shortcut works from a text field too (the register's search, a form).
      tagsToIgnore={[]}
      disabled={locked}
      // Each opening starts afresh, even one made while the last is still fading out.
      onSpotlightOpen={() => setQuery('')}
      scrollable
      maxHeight={440}
      // No opening animation: the search box takes focus at once, so what is typed right after
      // Ctrl+K is not lost while the window fades in.
      transitionProps={{ duration: 0 }}
      // Spotlight fades the selected entry's description to 70 %, below AA contrast on the primary colour.
      styles={{ action: { '--action-description-opacity': 1 } }}
    >
      {/* A combobox over a listbox, so a screen reader follows the entry the arrow keys select. */}
      <Spotlight.Search
        aria-label={t('palette.searchLabel')}
        placeholder={t('palette.placeholder')}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={groups.length > 0}
        aria-controls={groups.length > 0 ? listId : undefined}
        aria-activedescendant={groups.length > 0 ? activeId : undefined}
      />
      {groups.length > 0 ? (
        <Spotlight.ActionsList ref={followSelection} id={listId} role="listbox" aria-label={t('palette.searchLabel')} aria-busy={searching}>
          {groups.map((group) => (
            <Spotlight.ActionsGroup key={group.kind} label={t(`palette.kinds.${group.kind}`)} role="group" aria-label={t(`palette.kinds.${group.kind}`)}>
              {group.items.map((item) => {
                const index = firstIndex.get(item.id) ?? -1;
                return (
                  <Spotlight.Action
                    key={item.id}
                    // Spotlight keeps `id` for itself; the option's own id is set on the element.
                    ref={(element) => {
                      if (element) element.id = optionId(index);
                    }}
                    role="option"
                    label={item.label}
                    description={item.description}
                    onClick={item.select}
                  />
                );
              })}
            </Spotlight.ActionsGroup>
          ))}
        </Spotlight.ActionsList>
      ) : (
        <Spotlight.Empty>{t('palette.nothingFound')}</Spotlight.Empty>
      )}
    </Spotlight.Root>
  );
}
