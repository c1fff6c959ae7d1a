import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from './values';

describe('normalizeSettings', () => {
  it('gives the defaults for empty storage', () => {
    expect(normalizeSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values', () => {
    const s = normalizeSettings({
      theme: 'dark',
      fontSize: 22,
      justify: true,
      autoOpenOff: ['ffnet'],
    });
    expect(s).toMatchObject({ theme: 'dark', fontSize: 22, justify: true, autoOpenOff: ['ffnet'] });
  });

  it.each([
    ['an unknown theme', { theme: 'neon' }, 'theme', 'auto'],
    ['a font size too large', { fontSize: 400 }, 'fontSize', 36],
    ['a font size that is not a number', { fontSize: '19px' }, 'fontSize', 19],
    ['NaN', { lineHeight: Number.NaN }, 'lineHeight', 1.6],
    ['a non-list', { autoOpenOff: 'ao3' }, 'autoOpenOff', []],
  ] as const)('repairs %s', (_name, raw, key, expected) => {
    expect(normalizeSettings(raw)[key]).toEqual(expected);
  });
});
