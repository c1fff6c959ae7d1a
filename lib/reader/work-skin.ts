import { styleRules } from '../sites/common/hidden';
import { luminance, safeDeclarations, scopeSelector, splitSelectors } from './work-skin-rules';

/**
 * An AO3 work skin, made safe for the reader. Work skins give chat-fics, text messages and
 * letters their meaning, so the reader keeps them, but only as rules scoped to the story
 * (`#workskin` becomes `.fr-skin`, story classes get the `s-` prefix the sanitizer gave them),
 * only with properties that style text and boxes, and never a URL (no request leaves the
 * machine). The story's box has `contain: paint`, so nothing it draws can cover the reader.
 */

/**
 * The skin as CSS for the reader. On a dark page, a rule that sets a text colour without a
 * background of its own would put dark text on the dark page, so that colour is dropped; a rule
 * that sets a light or dark background gets a readable text colour to go with it.
 */
export function scopeWorkSkin(css: string, dark: boolean): string {
  const out: string[] = [];
  for (const rule of styleRules(css)) {
    const selectors = splitSelectors(rule.selector)
      .map(scopeSelector)
      .filter((s): s is string => s !== null);
    if (selectors.length === 0) continue;
    const pseudo = /::?(?:before|after)/i.test(rule.selector);
    const declarations = safeDeclarations(rule.declarations, pseudo);
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
  return verified(out.join('\n'));
}

/**
 * The last word goes to the browser's own CSS parser, where there is one: the skin is parsed as
 * the page would parse it, and only style rules whose every selector stays inside the story are
 * kept, written out as the browser read them. Whatever our scanner missed cannot survive this.
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
    const selectorText = (rule as CSSStyleRule).selectorText;
    if (typeof selectorText !== 'string') continue;
    if (
      splitSelectors(selectorText).every(
        (sel) => /^\.fr-skin(?![\w-])/.test(sel) && !/^\.fr-skin\s*[~+]/.test(sel),
      )
    ) {
      kept.push(rule.cssText);
    }
  }
  return kept.join('\n');
}
