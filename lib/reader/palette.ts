import type { Theme } from '../settings/values';

/**
 * The reader's colours, one palette per theme. The document_start cover uses the same
 * background as the reader, so a dark reader never shows a white frame first.
 */
export interface Palette {
  bg: string;
  fg: string;
  /** Secondary text: bylines, stats, notes headings (at least 4.5:1 on bg). */
  muted: string;
  link: string;
  /** Rules, borders, the progress track. */
  rule: string;
  /** Panels and toolbars, a shade off the page. */
  surface: string;
  accent: string;
}

/** Palettes by name: the themes, and their high-contrast variants. */
export const PALETTES = {
  light: {
    bg: '#fbfaf7',
    fg: '#1d1c1a',
    muted: '#5a554e',
    link: '#1d57a3',
    rule: '#ddd8cf',
    surface: '#f2efe9',
    accent: '#9a4614',
  },
  sepia: {
    bg: '#f4ecd8',
    fg: '#382c20',
    muted: '#63523d',
    link: '#7a3a0d',
    rule: '#d9caa8',
    surface: '#ebe1c8',
    accent: '#8c4a16',
  },
  dark: {
    bg: '#16181c',
    fg: '#e4e1db',
    muted: '#aaa59c',
    link: '#93bbf7',
    rule: '#363a41',
    surface: '#1f2228',
    accent: '#e0a66b',
  },
  'light-hc': {
    bg: '#ffffff',
    fg: '#000000',
    muted: '#1c1c1c',
    link: '#0000c8',
    rule: '#000000',
    surface: '#ffffff',
    accent: '#000000',
  },
  'dark-hc': {
    bg: '#000000',
    fg: '#ffffff',
    muted: '#ebebeb',
    link: '#a6d8ff',
    rule: '#ffffff',
    surface: '#000000',
    accent: '#ffffff',
  },
} as const satisfies Record<string, Palette>;

/** A palette's name. */
export type PaletteName = keyof typeof PALETTES;

/** The palette for a fixed (non-auto) theme. */
export function paletteFor(theme: Exclude<Theme, 'auto'>, highContrast: boolean): PaletteName {
  if (highContrast) return theme === 'dark' ? 'dark-hc' : 'light-hc';
  return theme;
}

/** The stylesheet a theme's cover is served from, inside the extension. */
export function coverFile(theme: Theme, highContrast: boolean): string {
  return `cover/${theme}${highContrast ? '-hc' : ''}.css`;
}

function coverRules(palette: Palette, scheme: 'light' | 'dark'): string {
  return `html:not([data-fic-reader-cover="off"]) { background: ${palette.bg} !important; color-scheme: ${scheme}; }`;
}

/**
 * The cover shown from the first frame on a story URL where the reader opens by itself: the
 * window is painted in the reader's background and the site's body is not rendered at all until
 * the reader takes over. `display: none`, because the browser still lays out a merely invisible
 * body (130-600 ms per layout on a 500,000-word page; content-visibility: hidden did not stop
 * it). The content script lifts the cover (html[data-fic-reader-cover="off"]) when the page is
 * not a story, when the reader closes, and if anything goes wrong while opening.
 */
export function coverCss(theme: Theme, highContrast: boolean): string {
  const body = `html:not([data-fic-reader-cover="off"]) > body { display: none !important; }
html { --fic-reader-cover: 1; }`;
  if (theme !== 'auto') {
    const name = paletteFor(theme, highContrast);
    return `${coverRules(PALETTES[name], name.startsWith('dark') ? 'dark' : 'light')}\n${body}\n`;
  }
  const light = PALETTES[highContrast ? 'light-hc' : 'light'];
  const dark = PALETTES[highContrast ? 'dark-hc' : 'dark'];
  return `${coverRules(light, 'light')}\n@media (prefers-color-scheme: dark) { ${coverRules(dark, 'dark')} }\n${body}\n`;
}
