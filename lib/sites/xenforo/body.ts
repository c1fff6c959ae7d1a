import { readBlocks, type BlockText } from '../common/blocks';
import { absoluteUrl } from '../common/links';
import { textOf } from '../common/text';

/**
 * A post's text: article.message-body > div.bbWrapper (SELECTORS.md section 6). XenForo's own
 * widgets inside it are turned into plain HTML on readBlocks' clones, never on the page:
 * - lazy images (img.lazyload, img.bbImage) carry the real address in data-src (or data-url on
 *   SV) and a placeholder in src; the <noscript> copy after them is dropped by readBlocks;
 * - spoilers (div.bbCodeSpoiler: a button with the title, then div.bbCodeSpoiler-content) become
 *   <details><summary>title</summary>content</details>, so the reader can fold them too;
 * - expandable quotes already hold all their text; only the "Click to expand..." link goes.
 */

// Chrome inside (or right after) the post text.
const DROP =
  '.js-selectToQuoteEnd, .bbCodeBlock-expandLink, .bbCodeBlock-shrinkLink, .message-lastEdit';
const REWRITE = 'img, .bbCodeSpoiler';
const SPOILER = 'bbCodeSpoiler';

function childWithClass(el: Element, name: string): Element | undefined {
  return Array.from(el.children).find((c) => c.classList.contains(name));
}

/** The real address of a lazily loaded image, or undefined when its src is already real. */
function lazySource(img: Element): string | undefined {
  const src = img.getAttribute('src') ?? '';
  const placeholder = src === '' || src.startsWith('data:') || img.classList.contains('lazyload');
  if (!placeholder) return undefined;
  return img.getAttribute('data-src') ?? img.getAttribute('data-url') ?? undefined;
}

function withSelf(root: Element, selector: string): Element[] {
  return [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];
}

/**
 * Turns a spoiler (in readBlocks' copy) into <details> titled by its button, and returns the
 * <details>: a spoiler that is a whole block is replaced by it.
 */
function foldSpoiler(spoiler: Element): Element {
  const doc = spoiler.ownerDocument;
  const button = Array.from(spoiler.children).find(
    (c) => c.tagName === 'BUTTON' || c.classList.contains('bbCodeSpoiler-button'),
  );
  const details = doc.createElement('details');
  const summary = doc.createElement('summary');
  summary.textContent = textOf(button) || 'Spoiler';
  details.append(summary);
  const content = childWithClass(spoiler, 'bbCodeSpoiler-content');
  const box = content && childWithClass(content, 'bbCodeBlock--spoiler');
  const inner = (box && childWithClass(box, 'bbCodeBlock-content')) ?? content ?? spoiler;
  details.append(...Array.from(inner.childNodes).filter((n) => n !== button));
  spoiler.replaceWith(details);
  return details;
}

/** The text of one post, with its images loaded and its spoilers folded. */
export function readPostBody(
  body: Element,
  base: URL,
  hiddenSelectors: readonly string[],
): BlockText {
  return readBlocks(body, {
    drop: DROP,
    hiddenSelectors,
    rewriteSelector: REWRITE,
    // Runs on a copy, before the drops: a spoiler's title is still in its button.
    rewrite: (block) => {
      for (const img of withSelf(block, 'img')) {
        const source = absoluteUrl(lazySource(img), base);
        if (source) img.setAttribute('src', source);
      }
      let root = block;
      // Innermost first, so an outer spoiler takes its inner ones along already folded.
      for (const spoiler of withSelf(block, `.${SPOILER}`).reverse()) {
        const details = foldSpoiler(spoiler);
        if (spoiler === block) root = details;
      }
      return root;
    },
  });
}

/** The bbWrapper of a post's own text (not its signature), if it has one. */
export function postBody(post: Element): Element | null {
  return post.querySelector('article.message-body .bbWrapper, .message-body .bbWrapper');
}
