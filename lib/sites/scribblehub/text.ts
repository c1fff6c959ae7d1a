import type { Chapter } from '../types';
import { readBlocks } from '../common/blocks';
import { textOf } from '../common/text';

/**
 * A Scribble Hub chapter's text, div#chp_raw (SELECTORS.md section 8, FanFicFare
 * adapter_scribblehubcom.py :319-407). Inside it, author's notes (div.wi_authornotes with a
 * .wi_authornotes_body) and announcements (div.wi_news) at the top or the bottom become the
 * chapter's notes; spoilers (div.sp-wrap > .sp-head + .sp-body) become <details>; a Modern
 * Footnotes note (span.modern-footnotes-footnote__note, right after its marker and hidden by the
 * plugin's stylesheet until the marker is pressed) moves to the end of its paragraph, so it no
 * longer reads as part of the sentence; its marker stays.
 */

const NOTE = '.wi_authornotes, .wi_news';
const FOOTNOTE = '.modern-footnotes-footnote__note';
const SPOILER = '.sp-wrap';
const ADS = '[id^="div-gpt"], .ad_336, .align_banner, ins.adsbygoogle, .adsbygoogle';
// A block is a note when its top element carries a note class (readBlocks serializes elements
// as they are, so the class is in the opening tag).
const NOTE_BLOCK = /^<div\b[^>]*?\sclass="[^"]*\b(?:wi_authornotes|wi_news)\b/;

function selfAndBelow(el: Element, selector: string): Element[] {
  return [...(el.matches(selector) ? [el] : []), ...Array.from(el.querySelectorAll(selector))];
}

/** A spoiler as <details>: its heading the summary, its body the content. Returns the <details>. */
function spoilerToDetails(wrap: Element): Element {
  const doc = wrap.ownerDocument;
  const head = wrap.querySelector(':scope > .sp-head');
  const body = wrap.querySelector(':scope > .sp-body');
  const details = doc.createElement('details');
  const summary = doc.createElement('summary');
  summary.textContent = textOf(head) || 'Spoiler';
  details.append(summary);
  const content = body ? Array.from(body.childNodes) : Array.from(wrap.childNodes);
  details.append(...content.filter((n) => n !== head));
  wrap.replaceWith(details);
  return details;
}

/**
 * Moves a block's footnotes from inside their sentences to the end of their paragraph (or of
 * the spoiler body, list item or quote holding them, so a note in a spoiler stays folded with
 * it): "1. The note.", a line each.
 */
function footnotesToEnd(block: Element): void {
  const doc = block.ownerDocument;
  for (const note of Array.from(block.querySelectorAll(FOOTNOTE))) {
    const holder = note.parentElement?.closest('p, li, blockquote, .sp-body');
    const end = holder && block.contains(holder) ? holder : block;
    const line = doc.createElement('small');
    const mark = note.getAttribute('data-mfn')?.trim();
    if (mark) line.append(`${mark}. `);
    line.append(...Array.from(note.childNodes));
    note.remove();
    end.append(doc.createElement('br'), line);
  }
}

/** Rewrites a copied block: spoilers to <details>, notes down to their body (no avatar). */
function rewrite(block: Element): Element {
  footnotesToEnd(block);
  let root = block;
  for (const wrap of selfAndBelow(block, SPOILER).reverse()) {
    const details = spoilerToDetails(wrap);
    if (wrap === block) root = details;
  }
  for (const note of selfAndBelow(block, '.wi_authornotes')) {
    if (!note.querySelector(':scope > .wi_authornotes_body')) continue;
    for (const child of Array.from(note.children)) {
      if (!child.matches('.wi_authornotes_body')) child.remove();
    }
  }
  return root;
}

/** The chapter's text and notes, read from div#chp_raw. */
export function readChapterText(
  container: Element,
  hidden: readonly string[],
): Pick<Chapter, 'blocks' | 'words' | 'complete' | 'notesBefore' | 'notesAfter'> {
  const text = readBlocks(container, {
    drop: ADS,
    hiddenSelectors: hidden,
    // The site folds a spoiler's body until its head is clicked; the reader folds it in <details>.
    reveal: '.sp-body',
    rewriteSelector: `${SPOILER}, ${NOTE}, ${FOOTNOTE}`,
    rewrite,
  });
  const { blocks } = text;
  const isNote = (i: number) => NOTE_BLOCK.test(blocks[i] ?? '');
  let start = 0;
  while (start < blocks.length && isNote(start)) start++;
  // While the page is still loading, the end of the text is not known yet.
  let end = blocks.length;
  if (text.complete) while (end > start && isNote(end - 1)) end--;
  // A chapter of nothing but notes is an announcement: it stays text.
  if (start >= end) {
    start = 0;
    end = blocks.length;
  }
  const words = text.counts.slice(start, end).reduce((a, b) => a + b, 0);
  return {
    blocks: blocks.slice(start, end),
    words,
    complete: text.complete,
    ...(start > 0 ? { notesBefore: blocks.slice(0, start).join('\n') } : {}),
    ...(end < blocks.length ? { notesAfter: blocks.slice(end).join('\n') } : {}),
  };
}
