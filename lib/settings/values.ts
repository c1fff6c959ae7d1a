import { isKnownSiteId } from '../sites/site-urls';
import type { KnownSiteId } from '../sites/types';
import {
  DEFAULT_HIGHLIGHT_NAMES,
  normalizeHighlightNames,
  type HighlightNames,
} from './highlight-names';

export { HIGHLIGHT_SLOTS, type HighlightNames, type HighlightSlot } from './highlight-names';

/** Colour themes; 'auto' follows the system's light/dark preference. */
export const THEMES = ['auto', 'light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Font families. The named ones are bundled with the extension (no remote fonts). */
export const FONT_FAMILIES = [
  'literata',
  'atkinson',
  'opendyslexic',
  'sans',
  'system-serif',
  'system-sans',
] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

/** How paragraphs are set apart: a blank line, or a first-line indent like a printed book. */
export const PARAGRAPH_STYLES = ['spaced', 'indented'] as const;
export type ParagraphStyle = (typeof PARAGRAPH_STYLES)[number];

/** What the reader does on coming back to a work: go to the saved place, offer it, or nothing. */
export const RESUME_BEHAVIOURS = ['auto', 'ask', 'off'] as const;
export type ResumeBehaviour = (typeof RESUME_BEHAVIOURS)[number];

/** How the popup shows recently read works: titles shown, blurred until pointed at, or no list. */
export const RECENT_LIST_MODES = ['show', 'blur', 'off'] as const;
export type RecentListMode = (typeof RECENT_LIST_MODES)[number];

/** Every user setting, as the reader uses it. */
export interface Settings {
  theme: Theme;
  highContrast: boolean;
  fontFamily: FontFamily;
  /** CSS pixels. */
  fontSize: number;
  /** Unitless line-height. */
  lineHeight: number;
  /** Text column width in `ch` of the chosen font. */
  contentWidth: number;
  paragraphStyle: ParagraphStyle;
  /** Space between paragraphs, in `em`, when paragraphs are spaced. */
  paragraphSpacing: number;
  justify: boolean;
  /** The reader's own speed, words per minute, for time-left estimates. */
  readingSpeed: number;
  /** Sites where the reader does not open by itself (it still opens from the popup). */
  autoOpenOff: KnownSiteId[];
  /** Record works opened in private windows (off unless the reader asks). */
  recordPrivateWindows: boolean;
  /** Coming back to a work: land at the saved place, offer it, or start at the top. */
  resumeBehaviour: ResumeBehaviour;
  /** What each highlight colour means to the reader. */
  highlightNames: HighlightNames;
  /** The popup's recent works (titles can be sensitive: USERS.md point 12). */
  recentList: RecentListMode;
  /** A dated backup into Downloads once a week (needs the optional `downloads` permission). */
  weeklyBackup: boolean;
}

/** Settings on a fresh install. */
export const DEFAULT_SETTINGS: Readonly<Settings> = {
  theme: 'auto',
  highContrast: false,
  fontFamily: 'literata',
  fontSize: 19,
  lineHeight: 1.6,
  contentWidth: 68,
  paragraphStyle: 'spaced',
  paragraphSpacing: 1,
  justify: false,
  readingSpeed: 250,
  autoOpenOff: [],
  recordPrivateWindows: false,
  resumeBehaviour: 'auto',
  highlightNames: DEFAULT_HIGHLIGHT_NAMES,
  recentList: 'show',
  weeklyBackup: false,
};

/** How the text looks: what "Reset to defaults" in the reader's settings puts back. */
export const LOOK_KEYS = [
  'theme',
  'highContrast',
  'fontFamily',
  'fontSize',
  'lineHeight',
  'contentWidth',
  'paragraphStyle',
  'paragraphSpacing',
  'justify',
] as const satisfies readonly (keyof Settings)[];

/** Allowed ranges of the numeric settings: [min, max, step]. */
export const RANGES = {
  fontSize: [12, 36, 1],
  lineHeight: [1.1, 2.4, 0.1],
  contentWidth: [40, 100, 2],
  paragraphSpacing: [0, 2.5, 0.25],
  readingSpeed: [60, 1500, 10],
} as const satisfies Record<string, readonly [number, number, number]>;

function clampNumber(
  value: unknown,
  [min, max]: readonly [number, number, number],
  fallback: number,
) {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, value))
    : fallback;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * Settings with every value checked: anything missing, of the wrong type or out of range falls
 * back to its default, so a damaged storage entry can never break the reader.
 */
export function normalizeSettings(raw: Partial<Record<keyof Settings, unknown>>): Settings {
  const d = DEFAULT_SETTINGS;
  return {
    theme: oneOf(raw.theme, THEMES, d.theme),
    highContrast: typeof raw.highContrast === 'boolean' ? raw.highContrast : d.highContrast,
    fontFamily: oneOf(raw.fontFamily, FONT_FAMILIES, d.fontFamily),
    fontSize: clampNumber(raw.fontSize, RANGES.fontSize, d.fontSize),
    lineHeight: clampNumber(raw.lineHeight, RANGES.lineHeight, d.lineHeight),
    contentWidth: clampNumber(raw.contentWidth, RANGES.contentWidth, d.contentWidth),
    paragraphStyle: oneOf(raw.paragraphStyle, PARAGRAPH_STYLES, d.paragraphStyle),
    paragraphSpacing: clampNumber(
      raw.paragraphSpacing,
      RANGES.paragraphSpacing,
      d.paragraphSpacing,
    ),
    justify: typeof raw.justify === 'boolean' ? raw.justify : d.justify,
    readingSpeed: clampNumber(raw.readingSpeed, RANGES.readingSpeed, d.readingSpeed),
    autoOpenOff: Array.isArray(raw.autoOpenOff)
      ? raw.autoOpenOff.filter(
          (site): site is KnownSiteId => typeof site === 'string' && isKnownSiteId(site),
        )
      : [...d.autoOpenOff],
    recordPrivateWindows:
      typeof raw.recordPrivateWindows === 'boolean'
        ? raw.recordPrivateWindows
        : d.recordPrivateWindows,
    resumeBehaviour: oneOf(raw.resumeBehaviour, RESUME_BEHAVIOURS, d.resumeBehaviour),
    highlightNames: normalizeHighlightNames(raw.highlightNames),
    recentList: oneOf(raw.recentList, RECENT_LIST_MODES, d.recentList),
    weeklyBackup: typeof raw.weeklyBackup === 'boolean' ? raw.weeklyBackup : d.weeklyBackup,
  };
}
