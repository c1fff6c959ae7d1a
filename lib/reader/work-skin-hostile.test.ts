import { describe, expect, it } from 'vitest';
import { HOSTILE_SKINS } from '@/tests/pages/hostile-skins';
import { scopedSkinRules, scopeWorkSkin } from './work-skin';

/**
 * What "stays inside the story box" means, checked on the reader's CSS as the browser parsed it,
 * independently of how work-skin.ts decides: a broken rule there shows up here.
 */
function escapes(css: string): string[] {
  const found: string[] = [];
  for (const rule of parse(css)) {
    const selectors = rule.selectorText.split(',').map((s) => s.trim());
    const bare = rule.selectorText.replace(/\[[^\]]*\]|:nth-[\w-]+\([^)]*\)/g, '');
    if (/[~+]/.test(bare)) found.push(`sibling combinator: ${rule.selectorText}`);
    if (!selectors.every((s) => /^\.fr-skin(?![\w-])/.test(s)))
      found.push(`unscoped: ${rule.selectorText}`);
    const box = selectors.some((s) => !/[\s>]/.test(s.replace(/\([^)]*\)/g, '')));
    for (const [p, v] of rule.declarations) {
      const at = `${rule.selectorText} { ${p}: ${v} }`;
      if (/(?:var|env|attr|url|image-set|image|src|calc|max|clamp|element|paint)\(/i.test(v))
        found.push(`function: ${at}`);
      if (
        /^(?:transform|translate|scale|rotate|zoom|inset|z-index|contain|filter|clip-path|mask.*|outline.*)$/.test(
          p,
        )
      )
        found.push(`forbidden property: ${at}`);
      if (p === 'position' && !/^(?:static|relative)$/.test(v)) found.push(`position: ${at}`);
      if (!/shadow/.test(p) && /(?:^|[\s,])-\.?\d/.test(v)) found.push(`negative: ${at}`);
      const px = [...v.matchAll(/(-?[\d.]+)(px|em|rem)/g)].map(
        ([, n, unit]) => Math.abs(Number(n)) * (unit === 'px' ? 1 : 16),
      );
      const limit = /^(?:top|right|bottom|left)$/.test(p)
        ? 8
        : /shadow/.test(p)
          ? 8
          : /^(?:margin|padding)/.test(p)
            ? 64
            : /^font-size$/.test(p)
              ? 48
              : Infinity;
      if (px.some((n) => n > limit)) found.push(`too large: ${at}`);
      if (/(?:^|-)width$/.test(p) && !p.startsWith('border') && /px|em/.test(v) && !/100%/.test(v))
        found.push(`width wider than the box: ${at}`);
      if (
        p === 'font-family' &&
        v
          .split(',')
          .some((f) => !/^\s*(?:serif|sans-serif|monospace|cursive|fantasy|system-ui)\s*$/.test(f))
      )
        found.push(`named font: ${at}`);
      if (p === 'white-space' && /nowrap|^pre$/.test(v)) found.push(`unbreakable line: ${at}`);
      if (
        box &&
        /^(?:margin|width|height|min-|max-|display|position|top|left|right|bottom|float|box-shadow|overflow)/.test(
          p,
        )
      )
        found.push(`the story box's own layout: ${at}`);
    }
  }
  return found;
}

/** Rules as the reader writes them: `selector { property: value; ... }`, one per line. */
function parse(css: string) {
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selectorText = '', body = '']) => ({
    selectorText: selectorText.trim(),
    declarations: body
      .split(';')
      .map((d) => d.split(/:(.*)/s).map((x) => x.trim()))
      .filter((d): d is [string, string] => Boolean(d[0] && d[1])),
  }));
}

describe('scopeWorkSkin against hostile skins', () => {
  it.each(HOSTILE_SKINS.map((s) => [s.name, s.css] as const))(
    '%s: nothing escapes',
    (_name, css) => {
      for (const dark of [false, true]) {
        // Our scanner alone, and with the browser's parser after it.
        expect(escapes(scopedSkinRules(css, dark))).toEqual([]);
        expect(escapes(scopeWorkSkin(css, dark))).toEqual([]);
      }
    },
  );

  it('the checker itself sees each kind of escape', () => {
    const raw = [
      '.fr-skin { margin-top: -4000px; transform: scale(2); position: absolute; }',
      '.fr-skin:not(.x) ~ details { color: red }',
      '.fr-skin p { background: var(--x); font-family: Tracker; width: 3000px; top: 100px }',
    ].join('\n');
    expect(escapes(raw)).toEqual([
      'negative: .fr-skin { margin-top: -4000px }',
      'too large: .fr-skin { margin-top: -4000px }',
      "the story box's own layout: .fr-skin { margin-top: -4000px }",
      'forbidden property: .fr-skin { transform: scale(2) }',
      'position: .fr-skin { position: absolute }',
      "the story box's own layout: .fr-skin { position: absolute }",
      'sibling combinator: .fr-skin:not(.x) ~ details',
      'function: .fr-skin p { background: var(--x) }',
      'named font: .fr-skin p { font-family: Tracker }',
      'width wider than the box: .fr-skin p { width: 3000px }',
      'too large: .fr-skin p { top: 100px }',
    ]);
  });

  it.each([
    ['a negative margin', '#workskin p { margin-top: -20px }', /margin/],
    [
      'two numbers written as one (0-10px is 0 and -10px)',
      '#workskin p { margin: 0-10px }',
      /margin/,
    ],
    ['a negative padding', '#workskin p { padding: 4px -4px }', /padding/],
    ['a negative offset', '#workskin p { position: relative; left: -4px }', /left/],
    ['a large offset', '#workskin p { position: relative; top: 300px }', /top: 300/],
    ['absolute positioning', '#workskin p { position: absolute }', /position/],
    ['a sibling after a pseudo-class', '#workskin p:hover + p { color: red }', /color/],
    ['a sibling inside :not()', '#workskin p:not(h1 ~ p) { color: red }', /color/],
    ['var() in a colour', '#workskin p { color: var(--c) }', /color/],
    ['a named font', '#workskin p { font-family: Georgia }', /font/],
    ['an escaped selector', '#workskin p\\~p { color: red }', /color/],
  ])('drops %s', (_name, css, dropped) => {
    expect(scopedSkinRules(css, false)).not.toMatch(dropped);
    expect(scopeWorkSkin(css, false)).not.toMatch(dropped);
  });
});
