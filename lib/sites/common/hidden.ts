/**
 * What the page hides with its own stylesheets. Royal Road hides anti-piracy paragraphs behind
 * random class names set to display:none in an inline <style>; AO3 work skins hide helper text
 * the same way. A reader must not show what the page's own readers never see.
 */

const HIDES =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
// Selectors with state or generated content describe something other than the element itself.
const UNSUITABLE = /:(?:hover|focus|active|visited|target|checked|before|after|not|has)|::/i;

// Markup some copies of a page wrap around a stylesheet's text: an XHTML-style CDATA section
// (`<![CDATA[ ... ]]>`, sometimes inside CSS comments) or an old-browser HTML comment
// (`<!-- ... -->`), or both. A browser's CSS parser skips `<!--` and `-->` (CDO/CDC tokens);
// read as part of a selector, any of them would hide nothing and Royal Road's anti-piracy
// paragraph would show (issue 13).
const MARKUP_AROUND_CSS = /<!\[CDATA\[|\]\]>|<!--|-->/g;

/** The style rules of a stylesheet's text: top-level `selector { declarations }` pairs. */
export function styleRules(css: string): { selector: string; declarations: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(MARKUP_AROUND_CSS, ' ');
  const rules: { selector: string; declarations: string }[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1) break;
    const selector = text.slice(i, open).trim();
    // Find the matching close brace (grouping rules like @media nest blocks).
    let depth = 1;
    let j = open + 1;
    while (j < text.length && depth > 0) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
      j++;
    }
    // Media queries (print, narrow screens) and other at-rules are left alone on purpose.
    if (!selector.startsWith('@'))
      rules.push({ selector, declarations: text.slice(open + 1, j - 1) });
    i = j;
  }
  return rules;
}

/** Selectors of the page's inline stylesheets that hide what they match. */
export function hiddenSelectors(doc: Document): string[] {
  const selectors: string[] = [];
  for (const style of doc.querySelectorAll('style')) {
    for (const rule of styleRules(style.textContent ?? '')) {
      if (!HIDES.test(rule.declarations.replace(/\s+/g, ' ').trim())) continue;
      for (const selector of rule.selector.split(',')) {
        const s = selector.trim();
        if (s && !UNSUITABLE.test(s)) selectors.push(s);
      }
    }
  }
  return selectors;
}

/** True when an element is hidden by its own attributes or inline style. */
export function isHiddenInline(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDES.test(style.replace(/\s+/g, ' '));
}

/** Elements that may be hidden by their own attributes or inline style (see isHiddenInline). */
export const INLINE_HIDING = '[hidden], [style*="none" i], [style*="hidden" i]';

/**
 * The page's hiding selectors as one selector, keeping only those this DOM understands (a page's
 * stylesheet may hold selectors a parser rejects, and one bad selector would void the list).
 * Null when there are none. Checked once per text container, then matched node by node.
 */
export function hidingSelector(probe: Element, selectors: readonly string[]): string | null {
  // Checked against an element of the page itself: nothing is created in the page's document.
  const valid = selectors.filter((selector) => {
    try {
      probe.matches(selector);
      return true;
    } catch {
      return false;
    }
  });
  return valid.length > 0 ? valid.join(', ') : null;
}
