import type { UntrustedHtml } from '../types';
import { readBlocks, type ReadBlocksOptions } from '../common/blocks';
import { textOf } from '../common/text';

/**
 * Royal Road's author's notes: `div.portlet.solid.author-note-portlet` boxes before and/or after
 * the chapter text (SELECTORS.md section 4), the note in `.portlet-body.author-note` under a
 * "A note from ..." title. Tolerant of a box whose note is the plain `.portlet-body`, or the box
 * itself, and of a box inside the text container (it is then kept out of the text).
 */

/** An author's note box. */
export const NOTE_BOX = 'div.author-note-portlet';
// The box's title bar ("A note from ...") is chrome, not the note.
const NOTE_CHROME = '.portlet-title, .caption';
// Where notes are not the chapter's: readers' comments.
const ELSEWHERE = '.comments-container, .comment';

const DOCUMENT_POSITION_PRECEDING = 2;
const DOCUMENT_POSITION_CONTAINED_BY = 16;

/** True when a note box inside the text comes before any of the text. */
function leadsText(content: Element, box: Element): boolean {
  let top: Element = box;
  while (top.parentElement && top.parentElement !== content) top = top.parentElement;
  for (let n = top.previousSibling; n; n = n.previousSibling) if (textOf(n)) return false;
  return true;
}

function noteHtml(box: Element, options: ReadBlocksOptions): UntrustedHtml {
  const body = box.querySelector('.author-note') ?? box.querySelector('.portlet-body') ?? box;
  const drop = options.drop ? `${options.drop}, ${NOTE_CHROME}` : NOTE_CHROME;
  return readBlocks(body, { ...options, drop }).blocks.join('\n');
}

/** The notes before and after the chapter text `content`, each as HTML when there is one. */
export function authorNotes(
  doc: Document,
  content: Element,
  options: ReadBlocksOptions,
): { notesBefore?: UntrustedHtml; notesAfter?: UntrustedHtml } {
  const before: string[] = [];
  const after: string[] = [];
  for (const box of doc.querySelectorAll(NOTE_BOX)) {
    // A box nested in another box is read with it.
    if (box.closest(ELSEWHERE) || box.parentElement?.closest(NOTE_BOX)) continue;
    const html = noteHtml(box, options);
    if (!html) continue;
    const position = content.compareDocumentPosition(box);
    const isBefore =
      position & DOCUMENT_POSITION_CONTAINED_BY
        ? leadsText(content, box)
        : (position & DOCUMENT_POSITION_PRECEDING) !== 0;
    (isBefore ? before : after).push(html);
  }
  return {
    ...(before.length > 0 ? { notesBefore: before.join('\n') } : {}),
    ...(after.length > 0 ? { notesAfter: after.join('\n') } : {}),
  };
}
