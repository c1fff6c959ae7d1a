import { browser } from 'wxt/browser';
import { FONTS } from '@/lib/reader/fonts';
import { loadFonts } from '@/lib/reader/load-fonts';
import { paletteCss } from '@/lib/reader/style-vars';
import type { Settings } from '@/lib/settings/values';

// The popup and the library wear the reader's palette, in the theme the reader chose (not only
// the system's). The classes are remembered in the page's own localStorage so the next page
// paints its first frame in them before the settings have been read.

const KEY = 'fic-reader.page-theme';

/** The theme classes for the settings ("fr-theme-dark fr-hc"). */
export function themeClasses(settings: Pick<Settings, 'theme' | 'highContrast'>): string {
  return `fr-theme-${settings.theme}${settings.highContrast ? ' fr-hc' : ''}`;
}

/** Puts the palette on the page and the last theme on its root, before anything renders. */
export function preparePageTheme(): void {
  const style = document.createElement('style');
  style.textContent = paletteCss();
  document.head.append(style);
  let cached: string | null = null;
  try {
    cached = localStorage.getItem(KEY);
  } catch {
    // Storage refused (a private profile's policy): the system theme until settings arrive.
  }
  document.documentElement.className = cached ?? 'fr-theme-auto';
}

/** Applies the settings' theme to the page's root and remembers it. */
export function applyPageTheme(settings: Pick<Settings, 'theme' | 'highContrast'>): void {
  const classes = themeClasses(settings);
  document.documentElement.className = classes;
  try {
    localStorage.setItem(KEY, classes);
  } catch {
    // Not remembered: the next page starts in the system theme.
  }
}

/** Titles in the reader's own font (bundled with the extension; nothing is fetched). */
export function applyPageFont(settings: Pick<Settings, 'fontFamily'>): void {
  loadFonts(document, settings.fontFamily, (file) => browser.runtime.getURL(`/${file}` as '/'));
  document.documentElement.style.setProperty('--fr-title-font', FONTS[settings.fontFamily].stack);
}
