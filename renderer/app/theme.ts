import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Mantine's defaults, with a few changes for accessibility:
// - hints ("dimmed" text) and error messages one shade darker in light mode (lighter in dark) so
//   they meet WCAG AA contrast;
// - no visual asterisk on required fields: it becomes part of the label text for some tools
//   ("Password *"), which breaks exact label matching; required fields still carry `required`
//   (announced by screen readers) and say what is missing on blur and on submit.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  focusRing: 'auto',
  defaultRadius: 'sm',
  components: {
    InputWrapper: { defaultProps: { withAsterisk: false } },
    CheckboxGroup: { defaultProps: { withAsterisk: false } },
    // A <header> inside a modal counts as a second page banner for assistive technologies.
    ModalHeader: { defaultProps: { component: 'div' } },
    // Coloured alert titles (yellow, teal...) fall under AA contrast on their light backgrounds.
    Alert: { styles: { title: { color: 'var(--mantine-color-text)' } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[8],
  },
  dark: {
    '--mantine-color-dimmed': t.colors.dark[1],
    '--mantine-color-error': t.colors.red[4],
  },
});
