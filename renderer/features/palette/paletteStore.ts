import { createSpotlight } from '@mantine/spotlight';

// The palette's own Spotlight store (not the package-wide one), opened by its shortcut and by the
// header's button.
export const [paletteStore, palette] = createSpotlight();

/** The shortcut, as Spotlight reads it: Ctrl+K, or ⌘K on a Mac. */
export const PALETTE_SHORTCUT = 'mod + K';

export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
