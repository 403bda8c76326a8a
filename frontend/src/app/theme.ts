import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * With a shade asked for ("red.9"), Mantine draws subtle and transparent variants' text in shade 6 at most (below
 * 4.5:1 on white), and the light variant as a solid background of that shade under its pale text colour (text
 * unreadable). Here subtle and transparent text takes the shade asked for, and light draws dark text over the
 * colour's pale tint (WCAG 1.4.3).
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'subtle' && input.variant !== 'transparent' && input.variant !== 'light') {
    return colors;
  }
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade === undefined) {
    return colors;
  }
  const text = `var(--mantine-color-${parsed.color}-${parsed.shade})`;
  if (input.variant === 'light') {
    // Shade 9 of some colours (green, orange) stays below 4.5:1 even on their palest tint: dark text instead.
    return {
      ...colors,
      background: `var(--mantine-color-${parsed.color}-light)`,
      hover: `var(--mantine-color-${parsed.color}-light)`,
      color: 'var(--mantine-color-gray-9)',
    };
  }
  return { ...colors, color: text };
};

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
  variantColorResolver,
});

/**
 * Mantine's light scheme draws dimmed text in gray 6 and errors in red 6, both below 4.5:1 on
 * white, and hovered light buttons below it too: darker shades, or a paler hover, keep them readable (WCAG 1.4.3).
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
    // A hovered light button draws shade 9 over shade 2 (4.0:1): it keeps its shade 1 background instead.
    ...Object.fromEntries(
      Object.keys(t.colors).map((color) => [`--mantine-color-${color}-light-hover`, `var(--mantine-color-${color}-1)`]),
    ),
  },
  dark: {},
});
