import { styleRules } from '../sites/common/hidden';

/**
 * An AO3 work skin, made safe for the reader. Work skins give chat-fics, text messages and
 * letters their meaning, so the reader keeps them, but only as rules scoped to the story
 * (`#workskin` becomes `.fr-skin`, story classes get the `s-` prefix the sanitizer gave them),
 * only with properties that style text and boxes, and never a URL (no request leaves the
 * machine). The story's box has `contain: paint`, so nothing it draws can cover the reader.
 */

const ALLOWED = new Set([
  'color',
  'background',
  'background-color',
  'opacity',
  'font-style',
  'font-weight',
  'font-variant',
  'font-size',
  'font-family',
  'font-stretch',
  'text-align',
  'text-decoration',
  'text-decoration-line',
  'text-decoration-style',
  'text-decoration-color',
  'text-transform',
  'text-indent',
  'text-shadow',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'white-space',
  'vertical-align',
  'direction',
  'unicode-bidi',
  'writing-mode',
  'display',
  'float',
  'clear',
  'box-sizing',
  'overflow',
  'overflow-x',
  'overflow-y',
  'width',
  'min-width',
  'max-width',
  'height',
  'min-height',
  'max-height',
  'margin',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border',
  'border-top',
  'border-right',
  'border-bottom',
  'border-left',
  'border-color',
  'border-style',
  'border-width',
  'border-radius',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-left-radius',
  'border-bottom-right-radius',
  'border-collapse',
  'border-spacing',
  'border-top-color',
  'border-bottom-color',
  'border-left-color',
  'border-right-color',
  'border-top-style',
  'border-bottom-style',
  'border-left-style',
  'border-right-style',
  'border-top-width',
  'border-bottom-width',
  'border-left-width',
  'border-right-width',
  'box-shadow',
  'list-style',
  'list-style-type',
  'list-style-position',
  'table-layout',
  'caption-side',
  'flex',
  'flex-direction',
  'flex-wrap',
  'justify-content',
  'align-items',
  'align-self',
  'gap',
  'column-gap',
  'row-gap',
  'grid-template-columns',
  'grid-template-rows',
  'grid-column',
  'grid-row',
  'position',
  'top',
  'right',
  'bottom',
  'left',
  'transform',
  'content',
  'font-variant-caps',
]);

// No URLs of any kind, no legacy script hooks, no escapes that could hide either.
const FORBIDDEN_VALUE =
  /url\s*\(|image-set\s*\(|expression\s*\(|javascript:|@import|\\|behavior|-moz-binding|attr\s*\(/i;

/** Rewrites a selector from the skin's scope to the reader's, or null when it is not scoped. */
function scopeSelector(selector: string): string | null {
  const s = selector.trim();
  if (!s.startsWith('#workskin') || /:host|::slotted|::part/i.test(s)) return null;
  return s
    .replace(/^#workskin/, '.fr-skin')
    .replace(/\.(-?[_a-zA-Z][\w-]*)/g, (match, name: string, offset: number) =>
      offset === 0 && match === '.fr-skin' ? match : `.s-${name}`,
    )
    .replace(/#(-?[_a-zA-Z][\w-]*)/g, '#user-content-$1');
}

function luminance(color: string): number | null {
  const c = color.trim().toLowerCase();
  const named: Record<string, string> = { white: '#ffffff', black: '#000000' };
  const hex = (named[c] ?? c).match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/)?.[1];
  let rgb: number[] | undefined;
  if (hex) {
    const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
    rgb = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  } else {
    rgb = c
      .match(/^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/)
      ?.slice(1, 4)
      .map(Number);
  }
  if (!rgb || rgb.length !== 3) return null;
  const [r, g, b] = rgb as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** The declarations of a rule that survive, as "prop: value" strings. */
function safeDeclarations(block: string, pseudo: boolean): Map<string, string> {
  const kept = new Map<string, string>();
  for (const declaration of block.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!\s*important/i, '')
      .trim();
    if (!ALLOWED.has(property) || !value || FORBIDDEN_VALUE.test(value)) continue;
    if (
      property === 'content' &&
      (!pseudo || !/^(?:none|normal|(?:"[^"]*"|'[^']*'|\s)+)$/.test(value))
    )
      continue;
    if (property === 'position' && !/^(?:static|relative)$/i.test(value)) continue;
    if (property === 'display' && /^none$/i.test(value)) continue;
    kept.set(property, value);
  }
  return kept;
}

/**
 * The skin as CSS for the reader. On a dark page, a rule that sets a text colour without a
 * background of its own would put dark text on the dark page, so that colour is dropped; a rule
 * that sets a light or dark background gets a readable text colour to go with it.
 */
export function scopeWorkSkin(css: string, dark: boolean): string {
  const out: string[] = [];
  for (const rule of styleRules(css)) {
    const selectors = rule.selector
      .split(',')
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
  return out.join('\n');
}
