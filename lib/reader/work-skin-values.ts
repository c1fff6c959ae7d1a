import {
  ALLOWED,
  GENERIC_FONTS,
  KEYWORDS,
  LENGTHS,
  STORY_BOX,
  type LengthRule,
} from './work-skin-properties';

/**
 * The values a work skin may give (see work-skin-properties.ts for which properties): nothing
 * that loads, nothing the page defines, no arithmetic, and lengths within bounds.
 */

/** Where a declaration is: in a rule for a pseudo-element, in a rule for the story box itself. */
export interface DeclarationContext {
  pseudo: boolean;
  storyBox: boolean;
}

// The functions a value may call: colours, gradients, grid tracks. Every other one is refused:
// url(), image-set() and src() load; var(), env() and attr() take a value from outside the skin
// (a URL or a font the page defines); calc(), min(), max() and clamp() could add up to a
// negative margin; element() and paint() draw something else.
const FUNCTIONS =
  /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|(?:-webkit-|-moz-)?(?:repeating-)?(?:linear|radial|conic)-gradient|repeat|minmax)$/i;

// What could end a rule early and start another ({ } ; < @), escapes that could hide a name,
// and legacy script hooks.
const FORBIDDEN = /[{}<>;@\\]|javascript:|expression|behavior|-moz-binding/i;

// Tokens of a value: parentheses, numbers with their unit, and (skipped whole, so that their
// digits are not read as numbers) hex colours and names. `0-10px` is two numbers, as in CSS.
const TOKEN = /[()]|([+-]?(?:\d+\.?\d*|\.\d+))([a-z%]*)|#[\w-]+|[a-z_-][\w-]*/gi;

// Pixels per unit, with em and rem taken at 16px. Viewport units are refused (100vw is wider
// than the story box), and so are physical ones.
const PX_PER: Record<string, number> = { px: 1, pt: 4 / 3, pc: 16, em: 16, rem: 16, ex: 8, ch: 8 };

/** The value with each top-level number replaced by `map(n, unit)`, or null if one is refused. */
function mapNumbers(value: string, map: (n: number, unit: string) => string | null): string | null {
  let depth = 0;
  let refused = false;
  const out = value.replace(TOKEN, (token, n: string | undefined, unit: string) => {
    if (token === '(') depth++;
    else if (token === ')') depth = Math.max(0, depth - 1);
    if (n === undefined || depth > 0) return token;
    const mapped = map(Number(n), unit.toLowerCase());
    if (mapped === null) refused = true;
    return mapped ?? token;
  });
  return refused ? null : out;
}

/** A length brought within its rule's bounds, or null when it cannot be one. */
function boundLength(n: number, unit: string, rule: LengthRule): string | null {
  if (n < 0 && !rule.signed) return null;
  if (n === 0) return '0';
  const sign = n < 0 ? '-' : '';
  const size = Math.abs(n);
  const floor = rule.min ?? 0;
  if (unit === '%') {
    if (rule.percent === 0) return null;
    return `${sign}${Math.max((floor / 16) * 100, Math.min(size, rule.percent))}%`;
  }
  const per = PX_PER[unit];
  if (per === undefined) return null;
  if (size * per > rule.max) return `${sign}${rule.max}px`;
  if (size * per < floor) return `${floor}px`;
  return `${n}${unit}`;
}

// Widths and heights are one length or one of these.
const SIZE_WORDS = /^(?:auto|none|fit-content|min-content)$/i;

function boundedLengths(property: string, value: string, rule: LengthRule): string | null {
  const sized = /(?:width|height)$/.test(property) && !property.startsWith('border');
  if (sized && !SIZE_WORDS.test(value) && !/^[\d.]+[a-z%]*$/i.test(value)) return null;
  const bounded = mapNumbers(value, (n, unit) => boundLength(n, unit, rule));
  // A fixed width never wider than the box: a 400px phone fits a 320px window.
  if (bounded && rule.fitWidth && /^[\d.]+[a-z]+$/i.test(bounded)) return `min(${bounded}, 100%)`;
  return bounded;
}

function fontFamilies(value: string): string | null {
  const generic = value
    .split(',')
    .map((f) =>
      f
        .trim()
        .replace(/^["']|["']$/g, '')
        .toLowerCase(),
    )
    .filter((f) => GENERIC_FONTS.has(f));
  return generic.length > 0 ? generic.join(', ') : null;
}

/** The value kept for a declaration, or null when it is dropped. */
export function safeValue(property: string, raw: string, at: DeclarationContext): string | null {
  let value = raw.replace(/!\s*important\s*$/i, '').trim();
  if (!ALLOWED.has(property) || (at.storyBox && !STORY_BOX.has(property))) return null;
  if (!value || FORBIDDEN.test(value)) return null;
  for (const [, name] of value.matchAll(/([\w-]*)\(/g))
    if (!FUNCTIONS.test(name ?? '')) return null;
  if (property === 'font-family') return fontFamilies(value);
  if (property === 'content')
    return at.pseudo && /^(?:none|normal|(?:"[^"]*"|'[^']*'|\s)+)$/.test(value) ? value : null;
  if (property === 'white-space') value = value.replace(/^pre$/i, 'pre-wrap');
  const keywords = KEYWORDS.get(property);
  if (keywords) return keywords.test(value) ? value : null;
  const rule = LENGTHS.get(property);
  if (rule) return boundedLengths(property, value, rule);
  // Grid lines count from the end with negative numbers; nothing else here may be negative.
  if (/^grid-(?:column|row)$/.test(property)) return value;
  return mapNumbers(value, (n, unit) => (n < 0 ? null : `${n}${unit}`));
}

/** The declarations of a rule that survive, by property. */
export function safeDeclarations(block: string, at: DeclarationContext): Map<string, string> {
  const kept = new Map<string, string>();
  for (const declaration of block.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = safeValue(property, declaration.slice(colon + 1), at);
    if (value !== null) kept.set(property, value);
  }
  return kept;
}
