import { escapeHtml } from './text';

/**
 * Elements too big to be one block. A paragraph is a few dozen elements; an element holding
 * thousands is a whole chapter in one wrapper (a chat-fic skin's box around every message) or
 * the debris of a broken editor (100,000 elements nested in one another). As one block it would
 * be serialized, sanitized and laid out in one go: a task of seconds (issue 7).
 */
export const OVERSIZED_DESCENDANTS = 2000;
/** A piece of a split wrapper: at most this many child nodes, or about this much HTML. */
export const PIECE_CHILDREN = 60;
export const PIECE_HTML = 64_000;
/** Words per paragraph when an oversized element is read as plain text. */
const FLAT_PARAGRAPH_WORDS = 150;

/** True when an element holds too many elements to be one block. */
export function isOversized(el: Element): boolean {
  // A live collection's length walks the subtree natively: cheap next to serializing it.
  return (
    el.firstElementChild !== null && el.getElementsByTagName('*').length > OVERSIZED_DESCENDANTS
  );
}

/** An element's opening and closing tags, to wrap each piece of it in. */
export function shellOf(el: Element): { open: string; close: string } {
  const empty = el.cloneNode(false) as Element;
  const html = empty.outerHTML;
  const close = `</${el.localName}>`;
  return { open: html.endsWith(close) ? html.slice(0, -close.length) : html, close };
}

/**
 * An oversized element read as plain text (its formatting lost, its words kept): paragraphs of
 * about 150 words, cut after a sentence where one ends nearby. `skip` leaves out what the page
 * hides or the site drops inside it.
 */
export function flatParagraphs(
  el: Element,
  skip: readonly Element[],
): { html: string; text: string }[] {
  const text = skip.length === 0 ? (el.textContent ?? '') : textWithout(el, skip);
  const words = text.split(/\s+/).filter(Boolean);
  const out: { html: string; text: string }[] = [];
  let start = 0;
  while (start < words.length) {
    let end = Math.min(words.length, start + FLAT_PARAGRAPH_WORDS);
    // Prefer ending on a sentence, looking back a third of a paragraph at most.
    for (let i = end; i > start + FLAT_PARAGRAPH_WORDS * 0.66 && end < words.length; i--) {
      if (/[.!?…]["'”’)]*$/.test(words[i - 1] ?? '')) {
        end = i;
        break;
      }
    }
    const paragraph = words.slice(start, end).join(' ');
    out.push({ html: `<p>${escapeHtml(paragraph)}</p>`, text: paragraph });
    start = end;
  }
  return out;
}

function textWithout(el: Element, skip: readonly Element[]): string {
  const skipped = new Set<Node>(skip);
  const doc = el.ownerDocument;
  // NodeFilter constants by value: no DOM globals (jsdom, the CLI).
  const walker = doc.createTreeWalker(el, 0x1 | 0x4, {
    acceptNode: (node) => (skipped.has(node) ? 2 /* reject subtree */ : 1),
  });
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
  }
  return parts.join('');
}
