/**
 * Which properties a work skin may set, and within what bounds, so that nothing a skin draws can
 * leave the story box (issue 9). See work-skin-values.ts for how a value is checked.
 */

/** How a property's top-level numbers are checked: in px (em = 16px), and % of the box. */
export interface LengthRule {
  /** The largest magnitude kept; larger values are brought down to it. */
  max: number;
  /** The smallest kept (font sizes); smaller ones are brought up to it. */
  min?: number;
  /** The largest percentage kept (0: percentages are refused). */
  percent: number;
  /** Negative values allowed (shadow offsets, which are bounded by `max` either way). */
  signed?: boolean;
  /** Absolute widths become `min(width, 100%)`, so a box is never wider than the window. */
  fitWidth?: boolean;
}

const SPACE: LengthRule = { max: 64, percent: 10 };
const BORDER: LengthRule = { max: 16, percent: 0 };
const RADIUS: LengthRule = { max: 9999, percent: 50 };
const OFFSET: LengthRule = { max: 8, percent: 0 };
const WIDTH: LengthRule = { max: 100_000, percent: 100, fitWidth: true };
const HEIGHT: LengthRule = { max: 1200, percent: 100 };
const SHADOW: LengthRule = { max: 8, percent: 0, signed: true };

const each = (names: string[], rule: LengthRule) => names.map((n) => [n, rule] as const);
const sides = (prefix: string, suffix = '') =>
  ['', '-top', '-right', '-bottom', '-left'].map((s) => `${prefix}${s}${suffix}`);

/**
 * Properties whose numbers are lengths, with their bounds. Margins and padding are small and
 * never negative (a negative margin with a matching padding lifted the story over the header);
 * offsets are a few pixels; shadows stay within 8 px of their box.
 */
export const LENGTHS: ReadonlyMap<string, LengthRule> = new Map([
  ...each(sides('margin'), SPACE),
  ...each(sides('padding'), SPACE),
  ...each(['text-indent', 'gap', 'column-gap', 'row-gap'], SPACE),
  ...each([...sides('border'), ...sides('border', '-width'), 'border-spacing'], BORDER),
  ...each(
    [
      'border-radius',
      ...['top-left', 'top-right', 'bottom-left', 'bottom-right'].map((c) => `border-${c}-radius`),
    ],
    RADIUS,
  ),
  ...each(['top', 'right', 'bottom', 'left'], OFFSET),
  ...each(['width', 'min-width', 'max-width'], WIDTH),
  ...each(['height', 'min-height', 'max-height'], HEIGHT),
  ...each(['box-shadow', 'text-shadow'], SHADOW),
  ['letter-spacing', { max: 8, percent: 0 }],
  ['word-spacing', { max: 16, percent: 0 }],
  ['font-size', { min: 8, max: 48, percent: 300 }],
]);

/** Properties with a closed set of values, and the values kept. */
export const KEYWORDS: ReadonlyMap<string, RegExp> = new Map([
  ['position', /^(?:static|relative)$/i],
  [
    'display',
    // Box types that keep the story's box (and its paint containment) a box.
    /^(?:block|inline|inline-block|flow-root|flex|inline-flex|grid|inline-grid|table|inline-table|table-row|table-cell|table-caption|table-header-group|table-row-group|table-footer-group|table-column|table-column-group|list-item)$/i,
  ],
  ['float', /^(?:left|right|none|inline-start|inline-end)$/i],
  ['clear', /^(?:left|right|both|none|inline-start|inline-end)$/i],
  ['overflow', /^(?:visible|hidden|clip|auto|scroll)(?:\s+(?:visible|hidden|clip|auto|scroll))?$/i],
  ['overflow-x', /^(?:visible|hidden|clip|auto|scroll)$/i],
  ['overflow-y', /^(?:visible|hidden|clip|auto|scroll)$/i],
  // `nowrap` and `pre` would push a long line past a narrow window; see values.
  ['white-space', /^(?:normal|pre-wrap|pre-line|break-spaces)$/i],
  ['vertical-align', /^(?:baseline|sub|super|text-top|text-bottom|middle|top|bottom)$/i],
  ['writing-mode', /^(?:horizontal-tb)$/i],
  ['box-sizing', /^(?:border-box|content-box)$/i],
]);

/** The only fonts a skin may ask for: generic families, so no font of the page is ever named. */
export const GENERIC_FONTS = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
]);

/** Other properties kept as they are (once their value passes the checks in values). */
const FREE = [
  'color',
  'background',
  'background-color',
  'opacity',
  'font-style',
  'font-weight',
  'font-variant',
  'font-variant-caps',
  'font-stretch',
  'font-family',
  'text-align',
  'text-decoration',
  'text-decoration-line',
  'text-decoration-style',
  'text-decoration-color',
  'text-transform',
  'line-height',
  'direction',
  'unicode-bidi',
  ...['color', 'style'].flatMap((part) => sides('border', `-${part}`)),
  'border-collapse',
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
  'grid-template-columns',
  'grid-template-rows',
  'grid-column',
  'grid-row',
  'content',
];

/**
 * Every property a skin may set. Not here, so never kept: transforms (`transform`, `translate`,
 * `scale`, `rotate`: any of them moves a box's corners past its box, and chat-fic and letter
 * skins do not need them), `position: absolute/fixed/sticky`, `z-index`, `inset`, outlines, and
 * anything that loads (fonts, images, `@import`).
 */
export const ALLOWED: ReadonlySet<string> = new Set([
  ...FREE,
  ...LENGTHS.keys(),
  ...KEYWORDS.keys(),
]);

/**
 * What a rule for the story box itself may set. Its place and size are the reader's (paint
 * containment clips what is inside the box, not the box), so only its look: colours, fonts,
 * padding and borders.
 */
export const STORY_BOX: ReadonlySet<string> = new Set(
  [...ALLOWED].filter((p) =>
    /^(?:color|background|opacity|font-|text-(?!indent)|line-height|letter-spacing|word-spacing|direction|unicode-bidi|padding|border)/.test(
      p,
    ),
  ),
);
