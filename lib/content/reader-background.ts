import { PALETTES, paletteFor } from '../reader/palette';
import type { Settings } from '../settings/values';

/**
 * The colour the reader's frame paints from its very first frame, so that nothing white or of
 * the site shows while it loads: the cover's colour when the page is under the cover (it already
 * follows the theme), else the theme's own.
 */
export function readerBackground(
  doc: Document,
  covered: boolean,
  settings: Settings | null,
): string {
  if (covered) {
    const colour = doc.defaultView?.getComputedStyle(doc.documentElement).backgroundColor;
    if (colour && colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
  }
  const theme = settings?.theme ?? 'auto';
  const dark =
    theme === 'dark' ||
    (theme === 'auto' &&
      doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').matches === true);
  return PALETTES[
    paletteFor(
      dark ? 'dark' : theme === 'sepia' ? 'sepia' : 'light',
      settings?.highContrast ?? false,
    )
  ].bg;
}
