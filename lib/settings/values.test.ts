import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, RANGES, type Settings } from './values';

describe('normalizeSettings', () => {
  it('gives the defaults for empty storage', () => {
    expect(normalizeSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid value', () => {
    // Each one differs from its default, so a field that ignores storage shows.
    const stored: Settings = {
      theme: 'sepia',
      highContrast: true,
      fontFamily: 'opendyslexic',
      fontSize: 22,
      lineHeight: 1.9,
      contentWidth: 80,
      paragraphStyle: 'indented',
      paragraphSpacing: 1.5,
      justify: true,
      readingSpeed: 400,
      autoOpenOff: ['ffnet', 'wattpad'],
      recordPrivateWindows: true,
      resumeBehaviour: 'ask',
      highlightNames: { c1: 'ships', c2: 'lol', c3: 'ouch', c4: 'hmm', c5: 'lines' },
      recentList: 'blur',
      weeklyBackup: true,
    };
    expect(normalizeSettings(stored)).toEqual(stored);
  });

  it.each(
    (Object.keys(RANGES) as (keyof typeof RANGES)[]).map((key) => {
      const [min, max] = RANGES[key];
      return [key, min, max] as const;
    }),
  )('keeps %s at its bounds (%s, %s)', (key, min, max) => {
    expect(normalizeSettings({ [key]: min })[key]).toBe(min);
    expect(normalizeSettings({ [key]: max })[key]).toBe(max);
  });

  it.each([
    ['an unknown theme', { theme: 'neon' }, 'theme', 'auto'],
    ['an unknown font', { fontFamily: 'comic-sans' }, 'fontFamily', 'literata'],
    ['an unknown paragraph style', { paragraphStyle: 'drop-cap' }, 'paragraphStyle', 'spaced'],
    ['a high contrast that is not a boolean', { highContrast: 'yes' }, 'highContrast', false],
    ['a justify that is not a boolean', { justify: 1 }, 'justify', false],
    [
      'a private-window choice that is not a boolean',
      { recordPrivateWindows: 'true' },
      'recordPrivateWindows',
      false,
    ],
    ['a font size too small', { fontSize: 4 }, 'fontSize', 12],
    ['a font size too large', { fontSize: 400 }, 'fontSize', 36],
    ['a font size that is not a number', { fontSize: '19px' }, 'fontSize', 19],
    ['a line height too small', { lineHeight: 0.5 }, 'lineHeight', 1.1],
    ['a line height too large', { lineHeight: 9 }, 'lineHeight', 2.4],
    ['NaN', { lineHeight: Number.NaN }, 'lineHeight', 1.6],
    ['a line height that is not a number', { lineHeight: '2' }, 'lineHeight', 1.6],
    ['a content width too small', { contentWidth: 10 }, 'contentWidth', 40],
    ['a content width too large', { contentWidth: 500 }, 'contentWidth', 100],
    ['an infinite content width', { contentWidth: Infinity }, 'contentWidth', 68],
    ['a negative paragraph spacing', { paragraphSpacing: -1 }, 'paragraphSpacing', 0],
    ['a paragraph spacing too large', { paragraphSpacing: 10 }, 'paragraphSpacing', 2.5],
    ['a paragraph spacing that is not a number', { paragraphSpacing: null }, 'paragraphSpacing', 1],
    ['a reading speed too slow', { readingSpeed: 1 }, 'readingSpeed', 60],
    ['a reading speed too fast', { readingSpeed: 99_999 }, 'readingSpeed', 1500],
    ['a reading speed that is not a number', { readingSpeed: '250' }, 'readingSpeed', 250],
    ['a non-list', { autoOpenOff: 'ao3' }, 'autoOpenOff', []],
    [
      'a list with things that are not sites',
      { autoOpenOff: ['ao3', 7, null] },
      'autoOpenOff',
      ['ao3'],
    ],
    ['an unknown resume behaviour', { resumeBehaviour: 'sometimes' }, 'resumeBehaviour', 'auto'],
    ['an unknown recent-list mode', { recentList: 'hidden' }, 'recentList', 'show'],
    ['a weekly backup that is not a boolean', { weeklyBackup: 'on' }, 'weeklyBackup', false],
    [
      'highlight names with a blank, a number and a foreign key',
      { highlightNames: { c1: '  ships ', c2: '', c3: 7, evil: 'x' } },
      'highlightNames',
      { c1: 'ships', c2: 'funny', c3: 'heartbreaking', c4: 'foreshadowing', c5: 'quote' },
    ],
    [
      'highlight names that are not an object',
      { highlightNames: 'favourite' },
      'highlightNames',
      DEFAULT_SETTINGS.highlightNames,
    ],
  ] as const)('repairs %s', (_name, raw, key, expected) => {
    expect(normalizeSettings(raw)[key]).toEqual(expected);
  });
});
