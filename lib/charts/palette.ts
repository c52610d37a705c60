// Series colours of the exercise figures, for the light and the dark theme (each >= 4.5:1 on the page).

/** One colour per series, as [light theme, dark theme]; series also differ by dash and marker. */
export const SERIES_COLORS: readonly (readonly [string, string])[] = [
  ['#1f5fbf', '#8fb4ff'],
  ['#a04100', '#ffab66'],
  ['#1b6e36', '#7fd99a'],
  ['#7a2e98', '#dba8ff'],
];

/** The page backgrounds a figure sits on: [light, dark] (the app's --bg and --surface). */
export const FIGURE_BACKGROUNDS: readonly (readonly [string, string])[] = [
  ['#fafaf7', '#16181d'],
  ['#ffffff', '#1e2128'],
];

/** SVG dash patterns, so series differ without colour. */
export const SERIES_DASHES: readonly string[] = ['', '7 4', '2 3', '10 3 2 3'];

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The style block a figure carries: series classes (`fs` stroke, `ff` fill) in both themes. */
export function seriesStyle(): string {
  const rules = (theme: 0 | 1) =>
    SERIES_COLORS.map(
      (pair, i) => `.fs${i}{stroke:${pair[theme]}}.ff${i}{fill:${pair[theme]}}`,
    ).join('');
  return `<style>${rules(0)}@media (prefers-color-scheme: dark){${rules(1)}}</style>`;
}
