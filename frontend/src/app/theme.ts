import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Shade 8 of blue keeps white text on buttons and blue links on white above the WCAG AA
 * contrast ratio (4.5:1); Mantine's default shade 6 does not.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  cursorType: 'pointer',
});

/**
 * Mantine's light scheme draws dimmed text in gray 6 and errors in red 6, both below 4.5:1 on
 * white: darker shades keep them readable (WCAG 1.4.3).
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});
