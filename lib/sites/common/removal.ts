import type { ReadBlocksOptions } from './block-types';
import { hidingSelector, INLINE_HIDING, isHiddenInline } from './hidden';

/**
 * Dropped wherever they appear in story text: not text, or not safe to keep. Players (iframe,
 * object, embed) are kept: the sanitizer turns each into an inert placeholder that says what
 * was there (a fanvid, a podfic) and links to the page (lib/embed-placeholders.ts).
 */
const ALWAYS_DROP =
  'script, style, noscript, template, frame, form, input, button, select, textarea, link, meta';

/** What must not reach the reader, decided one top-level node at a time. */
export interface Removal {
  /** The node goes entirely (dropped, or hidden by the page and not revealed). */
  removes(el: Element): boolean;
  /** The descendants of a kept node that go. */
  inside(el: Element): Element[];
}

/**
 * The removal rules of one text container. Every check looks only at the node in hand and its
 * own subtree, so reading a container a node at a time costs what the new nodes cost, however
 * much was read before (issue 7: re-querying the whole container on every read hung long
 * chapters). Selectors still match in the node's real context (`matches`, `querySelectorAll`).
 */
export function createRemoval(container: Element, options: ReadBlocksOptions): Removal {
  const hiding = hidingSelector(container, options.hiddenSelectors ?? []);
  const drop = options.drop ? `${ALWAYS_DROP}, ${options.drop}` : ALWAYS_DROP;
  const revealed = (el: Element) => options.reveal !== undefined && el.matches(options.reveal);
  const hidden = (el: Element) =>
    ((hiding !== null && el.matches(hiding)) || isHiddenInline(el)) && !revealed(el);
  // One query per node for everything that may have to go; each match is then told apart.
  const candidates = [drop, hiding, INLINE_HIDING].filter(Boolean).join(', ');
  return {
    removes: (el) => el.matches(drop) || hidden(el),
    inside(el) {
      // Most paragraphs hold only text: nothing inside them can be an element to remove.
      if (el.firstElementChild === null) return [];
      const out: Element[] = [];
      for (const found of el.querySelectorAll(candidates)) {
        if (found.matches(drop) || hidden(found)) out.push(found);
      }
      return out;
    },
  };
}
