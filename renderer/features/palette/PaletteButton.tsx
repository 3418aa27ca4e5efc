import { Button, Kbd } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isMac, palette } from './paletteStore';

/** The header's way into the palette, for the mouse and for those who do not know the shortcut, which it shows. */
export function PaletteButton() {
  const { t } = useTranslation();
  const mac = isMac();
  return (
    <Button
      variant="default"
      onClick={palette.open}
      aria-keyshortcuts={mac ? 'Meta+K' : 'Control+K'}
      rightSection={
        <Kbd size="xs" aria-hidden="true">
          {mac ? '⌘ K' : 'Ctrl K'}
        </Kbd>
      }
    >
      {t('palette.open')}
    </Button>
  );
}
