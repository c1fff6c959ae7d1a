import { END_WINDOW_BLOCKS } from '../sites/common/notes-in-text';

/**
 * The rules that keep a block's index the same from the first frame to the last: rendered block
 * i of a chapter is story block i, so a reading position or a highlight taken while the page
 * still loads points at the same text once it has loaded (lib/reader/README.md).
 */

/**
 * Blocks held back at the end of a chapter still arriving. Author's notes written into the text
 * (FanFiction.Net, forums) are only recognised once the chapter's end is known, and only within
 * its last END_WINDOW_BLOCKS blocks; held back, none of those is shown as story before the
 * chapter is complete, so none can turn into a note (and shift the indexes) afterwards.
 */
export const HOLD_BACK = END_WINDOW_BLOCKS;

/** Blocks the first chapter needs, beyond the held-back tail, before the reader shows it. */
export const FIRST_SCREEN_BLOCKS = 16;
