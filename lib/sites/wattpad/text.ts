import { readBlocks, type BlockText } from '../common/blocks';
import { isHiddenInline } from '../common/hidden';
import { textOf } from '../common/text';

/**
 * A Wattpad part's text: paragraphs `p[data-p-id]` inside one `div[data-page-number]` per page
 * (SELECTORS.md section 5; W2E WattpadParser :128, :145), each page's paragraphs inside a <pre> in
 * the real markup. Later pages arrive lazily and may repeat a paragraph already shown (W2E removes
 * duplicates, :126-135): the first of each data-p-id is kept.
 */

const PAGE = 'div[data-page-number]';
const PARAGRAPH = 'p[data-p-id]';
// Inline comment counters and buttons Wattpad puts inside paragraphs (recalled markup).
const CHROME_IN_TEXT =
  '.comment-marker, .on-comments, .num-comment, .component-wrapper, .inline-comments-marker';
// "Continue to next page" as a link or a button (recalled; matched by words, not classes).
const MORE_WORDS = /continue to (?:the )?next page|load more|next page/i;

/** A selector matching an attribute value exactly, whatever it holds. */
const byPid = (id: string) => `p[data-p-id="${id.replace(/["\\]/g, '\\$&')}"]`;

/** The element holding one page's paragraphs: their parent (the <pre>), or the page itself. */
function pageRoot(page: Element): Element {
  return page.querySelector(PARAGRAPH)?.parentElement ?? page;
}

/** The pages of the part on this page, in order; a page without data-page-number is page 1. */
export function partPages(doc: Document): Element[] {
  const pages = Array.from(doc.querySelectorAll(PAGE)).filter(
    (p) => p.querySelector(PARAGRAPH) !== null && (p.parentElement?.closest(PAGE) ?? null) === null,
  );
  if (pages.length > 0) return pages;
  // Older or trimmed markup: the paragraphs without page wrappers.
  const first = doc.querySelector(PARAGRAPH);
  return first?.parentElement ? [first.parentElement] : [];
}

/** The text of every page, each paragraph id once (the first one wins). */
export function readPartText(pages: Element[], hidden: readonly string[]): BlockText {
  const out: BlockText = { blocks: [], texts: [], counts: [], words: 0, complete: true };
  const seen = new Set<string>();
  for (const page of pages) {
    const root = pageRoot(page);
    const here = new Map<string, number>();
    for (const p of root.querySelectorAll(PARAGRAPH)) {
      const id = p.getAttribute('data-p-id') ?? '';
      here.set(id, (here.get(id) ?? 0) + 1);
    }
    // Ids shown on an earlier page go entirely; ids repeated on this page keep their first.
    const drop: string[] = [CHROME_IN_TEXT];
    for (const [id, count] of here) {
      if (seen.has(id)) drop.push(byPid(id));
      else if (count > 1) drop.push(`${byPid(id)} ~ ${byPid(id)}`);
      seen.add(id);
    }
    const text = readBlocks(root, { drop: drop.join(', '), hiddenSelectors: hidden });
    out.blocks.push(...text.blocks);
    out.texts.push(...text.texts);
    out.counts.push(...text.counts);
    out.words += text.words;
    out.complete &&= text.complete;
  }
  return out;
}

function pageNumber(el: Element): number {
  return Number(el.getAttribute('data-page-number') ?? 1) || 1;
}

/**
 * True when the page holds only part of the text: a page the part declares, or one the page links
 * to (`<link rel="next">` to /page/N, a page link), is not here; the first page is missing; or a
 * visible "Continue to next page" control waits to load more.
 */
export function isPartial(
  doc: Document,
  base: URL,
  pages: Element[],
  partId: string,
  declared?: number,
): boolean {
  const present = new Set(pages.map(pageNumber));
  let wanted = declared ?? 0;
  const ownPage = new RegExp(`^/${partId}(?:-[^/]*)?/page/(\\d+)`);
  for (const el of doc.querySelectorAll('link[rel~="next"][href], a[href*="/page/"]')) {
    try {
      const path = new URL(el.getAttribute('href') ?? '', base).pathname;
      wanted = Math.max(wanted, Number(ownPage.exec(path)?.[1] ?? 0));
    } catch {
      // An href that is not a URL says nothing about pages.
    }
  }
  for (let n = 1; n <= wanted; n++) if (!present.has(n)) return true;
  if (!present.has(1)) return true;
  return Array.from(doc.querySelectorAll('a, button')).some(
    (el) => MORE_WORDS.test(textOf(el)) && !/next part/i.test(textOf(el)) && isShown(el),
  );
}

/** False when the element or one of its ancestors is hidden by attribute or inline style. */
function isShown(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) if (isHiddenInline(n)) return false;
  return true;
}
