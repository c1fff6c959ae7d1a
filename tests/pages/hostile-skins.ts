/**
 * Work skins that try to draw outside the story box (issue 9): over the title, byline, rating
 * and warning chips, tags, notes toggles and chapter navigation, or to make the reader load
 * something or read a value from the page. `lib/reader/work-skin.test.ts` checks that what is
 * left of each stays inside; an e2e check can put each on an AO3 work page (`skinCss`) and
 * check that the reader's own controls are still the topmost element at their centre.
 *
 * Rules for the text use `p`, so they apply to any story. How to add a case: give it a name
 * that says what it tries, and the CSS exactly as a skin would have it.
 */

/** A hostile work skin. */
export interface HostileSkin {
  name: string;
  css: string;
}

/** Every hostile skin, one trick each. */
export const HOSTILE_SKINS: readonly HostileSkin[] = [
  {
    name: 'a negative margin lifts the story box over the header, its padding keeps the text',
    css: '#workskin { margin-top: -4000px; padding-top: 4000px; background: #000; }',
  },
  {
    name: 'a transform moves and grows the story box, and a paragraph in it',
    css: '#workskin { transform: translateY(-1500px) scale(1.5); background: #000; } #workskin p { transform: translateY(-1500px) scale(1.5); }',
  },
  {
    name: 'the newer transform properties',
    css: '#workskin { translate: 0 -1500px; scale: 3; rotate: 180deg; background: #000; }',
  },
  {
    name: 'relative positioning with a large negative offset',
    css: '#workskin { position: relative; top: -2000px; min-height: 3000px; background: #000; }',
  },
  {
    name: 'inset on the story box',
    css: '#workskin { position: relative; inset: -2000px 0 0 0; background: #000; }',
  },
  {
    name: 'fixed and absolute paragraphs covering the window',
    css: '#workskin p { position: fixed; top: 0; left: 0; width: 100vw; height: 100vh; background: #000; } #workskin p:first-child { position: absolute; top: -600px; }',
  },
  {
    name: 'a paragraph pulled up by a negative margin',
    css: '#workskin p:first-child { margin-top: -3000px; padding-top: 3000px; background: #000; }',
  },
  {
    name: 'a box-shadow spread over everything above the story',
    css: '#workskin { box-shadow: 0 -3000px 0 3000px #000; }',
  },
  {
    name: 'an outline and a filter drawing far outside the box',
    css: '#workskin { outline: 3000px solid #000; filter: drop-shadow(0 -3000px 0 #000); }',
  },
  {
    name: 'the story box made inline, so paint containment no longer applies',
    css: '#workskin { display: inline; } #workskin p { position: relative; top: -900px; }',
  },
  {
    name: 'containment and clipping switched off, and a z-index',
    css: '#workskin { contain: none; overflow: visible; z-index: 2147483647; }',
  },
  {
    name: 'a sibling combinator after a compound selector',
    css: '#workskin:not(.x) ~ details, #workskin:not(.x) ~ * { display: none; color: transparent; }',
  },
  {
    name: 'sibling combinators inside the story and inside :is() and :has()',
    css: '#workskin p + p { color: red; } #workskin :is(p ~ p) { color: red; } #workskin:has(~ nav) { color: red; }',
  },
  {
    name: 'a nested rule reaching the story box’s siblings',
    css: '#workskin { color: #111; & ~ details { display: none; } }',
  },
  {
    name: 'arithmetic that adds up to a negative margin',
    css: '#workskin { margin-top: calc(0px - 4000px); padding-top: max(4000px, 1px); }',
  },
  {
    name: 'a value taken from the page with var(), env() and attr()',
    css: '#workskin { background: var(--page-image); padding-top: env(safe-area-inset-top); } #workskin p::before { content: attr(data-x); }',
  },
  {
    name: 'images and imports that would make requests',
    css: '@import url(https://evil.example/a.css); #workskin { background: url(https://evil.example/p.png); } #workskin p { background-image: image-set("https://evil.example/q.png" 1x); }',
  },
  {
    name: 'a font face and the page’s own fonts named',
    css: '@font-face { font-family: Tracker; src: url(https://evil.example/t.woff2); } #workskin { font-family: Tracker, "Fic Reader OpenDyslexic", Verdana; }',
  },
  {
    name: 'widths wider than a narrow window',
    css: '#workskin { width: 3000px; } #workskin p { min-width: 2000px; white-space: nowrap; }',
  },
  {
    name: 'text thrown out of its line',
    css: '#workskin p { text-indent: -9999px; letter-spacing: -40px; font-size: 400px; }',
  },
  {
    name: 'zoom, escapes and !important',
    css: '#workskin { zoom: 20; marg\\in-top: -4000px; margin-top: -4000px !important; }',
  },
  {
    name: 'a float pulled out by a negative margin',
    css: '#workskin { float: left; margin-left: -500px; } #workskin p { float: right; margin-right: -800px; }',
  },
];
