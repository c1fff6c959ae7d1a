import type { ColorId } from '../../progress/highlight';
import type { Settings } from '../../settings/values';

/** The five colour slots, in the order the toolbar shows them. */
export const HIGHLIGHT_COLORS: readonly ColorId[] = ['c1', 'c2', 'c3', 'c4', 'c5'];

/** What each colour means to the reader. */
export type HighlightColorNames = Readonly<Record<ColorId, string>>;

/**
 * The meanings readers ask for most (hypothesis product-backlog #198, omnivore #1755), until the
 * reader renames them. The names are a setting (`highlightNames`, being added to lib/settings);
 * this is the one constant the reader falls back on while it is absent.
 */
export const DEFAULT_HIGHLIGHT_NAMES: HighlightColorNames = {
  c1: 'favourite',
  c2: 'funny',
  c3: 'heartbreaking',
  c4: 'foreshadowing',
  c5: 'quote',
};

/** The colours' names: the `highlightNames` setting where it exists and is sound, else the defaults. */
export function highlightColorNames(settings: Settings): HighlightColorNames {
  const stored = (settings as { highlightNames?: unknown }).highlightNames;
  if (typeof stored !== 'object' || stored === null) return DEFAULT_HIGHLIGHT_NAMES;
  const names = { ...DEFAULT_HIGHLIGHT_NAMES };
  for (const slot of HIGHLIGHT_COLORS) {
    const value = Object.hasOwn(stored, slot) ? (stored as Record<string, unknown>)[slot] : null;
    if (typeof value === 'string' && value.trim()) names[slot] = value.trim();
  }
  return names;
}

/** The name of a highlight's registry entry for a colour (`::highlight(fr-c1)` in the CSS). */
export const colorHighlightName = (color: ColorId) => `fr-${color}`;
