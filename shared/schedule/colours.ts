// Activity colours carry white text on the calendar, so each must be dark enough for it: the
// WCAG 2 contrast ratio against white at least 4.5 (what axe checks for normal text). Plain math
// on the hex value, shared by the form (as you type) and the core (on every save).

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

export const MIN_CONTRAST_WITH_WHITE = 4.5;

export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

/** Relative luminance of an sRGB colour (WCAG 2.x definition). */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The contrast ratio of white text on `hex` (1 to 21). */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

export function isDarkEnoughForWhiteText(hex: string): boolean {
  return isHexColour(hex) && contrastWithWhite(hex) >= MIN_CONTRAST_WITH_WHITE;
}
