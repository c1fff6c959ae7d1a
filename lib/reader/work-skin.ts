import { styleRules } from '../sites/common/hidden';
import {
  hasSiblingCombinator,
  isStoryBox,
  luminance,
  scopeSelector,
  splitSelectors,
} from './work-skin-rules';
import { safeDeclarations } from './work-skin-values';

/**
 * An AO3 work skin, made safe for the reader. Work skins give chat-fics, text messages and
 * letters their meaning, so the reader keeps them, but only as rules scoped to the story
 * (`#workskin` becomes `.fr-skin`, story classes get the `s-` prefix the sanitizer gave them),
 * and only what cannot leave the story box (issue 9): no sibling selectors, no positioning or
 * transforms, small non-negative margins and offsets, widths that fit the box, generic fonts,
 * nothing that loads or reads a value from the page. The box's own place and size stay the
 * reader's: paint containment (`.fr-text`) clips what is inside the box, not the box itself.
 */

/**
 * The skin as CSS for the reader. On a dark page, a rule that sets a text colour without a
 * background of its own would put dark text on the dark page, so that colour is dropped; a rule
 * that sets a light or dark background gets a readable text colour to go with it.
 */
export function scopeWorkSkin(css: string, dark: boolean): string {
  return verified(scopedSkinRules(css, dark));
}

/** The skin's rules as our own scanner keeps them, before the browser's parser has its say. */
export function scopedSkinRules(css: string, dark: boolean): string {
  const out: string[] = [];
  for (const rule of styleRules(css)) {
    const selectors = splitSelectors(rule.selector)
      .map(scopeSelector)
      .filter((s): s is string => s !== null);
    if (selectors.length === 0) continue;
    const pseudo = /::?(?:before|after)/i.test(rule.selector);
    // A rule that also styles the story box gets the box's stricter limits.
    const storyBox = selectors.some(isStoryBox);
    const declarations = safeDeclarations(rule.declarations, { pseudo, storyBox });
    if (dark) {
      const background = declarations.get('background-color') ?? declarations.get('background');
      if (!background) declarations.delete('color');
      else if (!declarations.has('color')) {
        const light = luminance(background);
        if (light !== null) declarations.set('color', light > 0.6 ? '#1d1c1a' : '#e4e1db');
      }
    }
    if (declarations.size === 0) continue;
    const body = [...declarations].map(([p, v]) => `${p}: ${v}`).join('; ');
    out.push(`${selectors.join(', ')} { ${body} }`);
  }
  return out.join('\n');
}

/** A selector, as the browser wrote it back, that stays inside the story. */
function staysInside(selector: string): boolean {
  return /^\.fr-skin(?![\w-])/.test(selector) && !hasSiblingCombinator(selector);
}

/**
 * The last word goes to the browser's own CSS parser, where there is one: the skin is parsed as
 * the page would parse it, and only style rules whose every selector stays inside the story (and
 * that hold no nested rules) are kept, written out as the browser read them. Whatever our scanner
 * missed cannot survive this.
 */
function verified(css: string): string {
  if (typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype))
    return css;
  const sheet = new CSSStyleSheet();
  try {
    sheet.replaceSync(css);
  } catch {
    return '';
  }
  const kept: string[] = [];
  for (const rule of Array.from(sheet.cssRules)) {
    const style = rule as CSSStyleRule;
    if (typeof style.selectorText !== 'string' || (style.cssRules?.length ?? 0) > 0) continue;
    if (splitSelectors(style.selectorText).every(staysInside)) kept.push(rule.cssText);
  }
  return kept.join('\n');
}
