/**
 * The selectors of a work skin the reader keeps: only those whose every part stays inside the
 * story box (see work-skin.ts), rewritten from AO3's scope to the reader's.
 */

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

/**
 * True when a selector relates an element to its siblings anywhere (`~`, `+`), not only right
 * after `#workskin`: `#workskin:not(.x) ~ details` and `#workskin :is(p ~ x)` reach past the
 * story box or depend on it (issue 9). The `+` of `:nth-child(2n+1)` and the `~=` of an
 * attribute selector are not combinators; an attribute whose value hides a `]` is refused whole.
 */
export function hasSiblingCombinator(selector: string): boolean {
  const bare = selector
    .replace(/\[[^\]]*\]/g, '[]')
    .replace(
      /(:nth-(?:last-)?(?:child|of-type)\(\s*)(?:[+-]?\d*n\s*(?:[+-]\s*\d+)?|[+-]?\d+|odd|even)/gi,
      '$1',
    );
  return /[~+]/.test(bare);
}

/**
 * True when a (scoped) selector's subject is the story box itself (`.fr-skin`, `.fr-skin:hover`,
 * `.fr-skin::before`), not something inside it: there is no combinator after the first compound.
 * The box's own layout is the reader's, so rules for it keep only colours, fonts and padding.
 */
export function isStoryBox(selector: string): boolean {
  let depth = 0;
  for (const c of selector.trim()) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[\s>~+]/.test(c)) return false;
  }
  return true;
}

/** Rewrites a selector from the skin's scope to the reader's, or null when it is not scoped. */
export function scopeSelector(selector: string): string | null {
  const s = selector.trim();
  if (!/^#workskin(?![\w-])/.test(s)) return null;
  // Escapes could spell a combinator or a scope the checks below do not see.
  if (/:host|::slotted|::part|[{}\\]/i.test(s) || hasSiblingCombinator(s)) return null;
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
