/**
 * The pieces of a work skin the reader keeps: selectors scoped to the story, declarations that
 * style text and boxes. See work-skin.ts.
 */

/** Properties a skin may set: text and box styling, no positioning out of the story. */
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

// No URLs of any kind, no legacy script hooks, no escapes that could hide either, and nothing
// that could end a rule early and start another ({ } ; < @).
const FORBIDDEN_VALUE =
  /url\s*\(|image-set\s*\(|expression\s*\(|javascript:|@|\\|behavior|-moz-binding|attr\s*\(|[{}<]/i;

// Box types that keep the story's box (and its paint containment) a box.
const DISPLAYS =
  /^(?:block|inline|inline-block|flow-root|flex|inline-flex|grid|inline-grid|table|inline-table|table-row|table-cell|table-caption|table-header-group|table-row-group|table-footer-group|table-column|table-column-group|list-item)$/i;

/** Splits a selector list at its top-level commas (not those inside :is(...) and the like). */
export function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Rewrites a selector from the skin's scope to the reader's, or null when it is not scoped. */
export function scopeSelector(selector: string): string | null {
  const s = selector.trim();
  if (!/^#workskin(?![\w-])/.test(s) || /:host|::slotted|::part|[{}]/i.test(s)) return null;
  // #workskin ~ x and #workskin + x are outside the story: siblings of its box.
  if (/^#workskin\s*[~+]/.test(s)) return null;
  return s
    .replace(/^#workskin/, '.fr-skin')
    .replace(/\.(-?[_a-zA-Z][\w-]*)/g, (match, name: string, offset: number) =>
      offset === 0 && match === '.fr-skin' ? match : `.s-${name}`,
    )
    .replace(/#(-?[_a-zA-Z][\w-]*)/g, '#user-content-$1');
}

/** Relative luminance (0 dark .. 1 light) of a simple colour, or null for others. */
export function luminance(color: string): number | null {
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

/** The declarations of a rule that survive, by property. */
export function safeDeclarations(block: string, pseudo: boolean): Map<string, string> {
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
    const quotedText = /^(?:none|normal|(?:"[^"]*"|'[^']*'|\s)+)$/.test(value);
    if (property === 'content' && (!pseudo || !quotedText)) continue;
    if (property === 'position' && !/^(?:static|relative)$/i.test(value)) continue;
    if (property === 'display' && !DISPLAYS.test(value)) continue;
    kept.set(property, value);
  }
  return kept;
}
