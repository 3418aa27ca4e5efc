import { ColorSwatch } from '@mantine/core';

/** The activity type's colour beside its name; decorative, the name says the same. */
export function ActivityChip({ colour }: { colour: string }) {
  return <ColorSwatch color={colour} size={14} withShadow={false} aria-hidden style={{ flexShrink: 0 }} />;
}
