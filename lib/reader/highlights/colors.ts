import type { ColorId } from '../../progress/highlight';
import {
  DEFAULT_HIGHLIGHT_NAMES,
  HIGHLIGHT_SLOTS,
  normalizeHighlightNames,
  type HighlightNames,
} from '../../settings/highlight-names';
import type { Settings } from '../../settings/values';

/** The five colour slots, in the order the toolbar shows them. */
export const HIGHLIGHT_COLORS: readonly ColorId[] = HIGHLIGHT_SLOTS;

/** What each colour means to the reader. */
export type HighlightColorNames = HighlightNames;

export { DEFAULT_HIGHLIGHT_NAMES };

/** The colours' names from the settings (already checked there; checked again for old data). */
export function highlightColorNames(settings: Settings): HighlightColorNames {
  return normalizeHighlightNames(settings.highlightNames);
}

/** The name of a highlight's registry entry for a colour (`::highlight(fr-c1)` in the CSS). */
export const colorHighlightName = (color: ColorId) => `fr-${color}`;
