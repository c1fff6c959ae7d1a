import { readBlocks, type BlockText, type ReadBlocksOptions } from '../common/blocks';
import { isElement } from '../common/dom';
import { textOf } from '../common/text';

/**
 * Royal Road's chapter text with its spoiler boxes opened into <details>. Two markups: the old
 * `div.spoiler` (caption in `.smalltext strong`, a "Show" input, the text in `.spoiler-inner`
 * hidden by an inline display:none until pressed; FanFicFare's legend_spoilers, SELECTORS.md
 * section 4) and the newer `div.spoiler-new` (caption in data-caption, the text its children, a
 * button the site adds; recalled from other scrapers, no capture). Unknown parts of a box are kept.
 */

/** Spoiler boxes of both markups. */
export const SPOILERS = 'div.spoiler, div.spoiler-new';
// Old boxes hide their text with an inline style until pressed; the reader shows it in <details>.
const HIDDEN_INNER =
  'div.spoiler .spoiler-inner, div.spoiler .spoilerContent, div.spoiler .spoilerContent > div';
// The box's own controls: its caption line and its show/hide buttons.
const CONTROLS =
  '.smalltext, .spoiler-title, .spoiler-header, button, input, .spoilerButton, .spoiler-btn';

function captionOf(box: Element): string {
  // The caption the reader sees first; data-caption is what the newer box shows.
  const caption =
    textOf(box.querySelector(':scope > .smalltext strong, :scope > .spoiler-title')) ||
    box.getAttribute('data-caption')?.trim() ||
    textOf(box.querySelector(':scope > .smalltext')).replace(/[:\s]+$/, '');
  return caption || 'Spoiler';
}

/** Turns the spoiler boxes in a cloned block into <details> (the box itself keeps its element). */
export function openSpoilers(block: Element): void {
  const boxes = Array.from(block.querySelectorAll(SPOILERS));
  if (block.matches(SPOILERS)) boxes.unshift(block);
  // Innermost first, so an outer box moves finished inner ones.
  for (const box of boxes.reverse()) {
    const doc = box.ownerDocument;
    const inner = box.querySelector(
      ':scope > .spoilerContent > .spoiler-inner, :scope > .spoiler-inner',
    );
    const source = inner ?? box.querySelector(':scope > .spoilerContent') ?? box;
    const details = doc.createElement('details');
    const summary = doc.createElement('summary');
    summary.textContent = captionOf(box);
    details.append(summary);
    for (const child of Array.from(source.childNodes)) {
      if (source === box && isElement(child) && child.matches(CONTROLS)) continue;
      details.append(child);
    }
    box.replaceChildren(details);
    box.removeAttribute('style');
  }
}

/** Reads the chapter text, old spoiler boxes' hidden text kept for their <details>. */
export function readChapterText(container: Element, options: ReadBlocksOptions): BlockText {
  return readBlocks(container, {
    ...options,
    reveal: HIDDEN_INNER,
    rewriteSelector: SPOILERS,
    rewrite: openSpoilers,
  });
}
