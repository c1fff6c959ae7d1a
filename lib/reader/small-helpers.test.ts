import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/values';
import { commandForKey } from './keys';
import { mentionsWarnings } from './notes-warnings';
import { coverCss } from './palette';
import { formatMinutes, formatWords, minutesToRead } from './reading-time';
import { readerStyle } from './style-vars';

const key = (k: string, over: Partial<Parameters<typeof commandForKey>[0]> = {}) =>
  commandForKey({ key: k, altKey: false, ctrlKey: false, metaKey: false, target: null, ...over });

describe('commandForKey', () => {
  it.each([
    ['ArrowLeft', 'prev'],
    ['[', 'prev'],
    ['ArrowRight', 'next'],
    [']', 'next'],
    ['Escape', 'close'],
    ['?', 'help'],
    ['h', 'highlight'],
    ['H', 'highlight'],
    ['a', null],
  ])('maps %s to %s', (k, command) => {
    expect(key(k)).toBe(command);
  });

  it('leaves arrows to sliders and lists, but Escape always closes', () => {
    const slider = { tagName: 'INPUT', type: 'range' } as unknown as EventTarget;
    const checkbox = { tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget;
    const field = { tagName: 'INPUT', type: 'text' } as unknown as EventTarget;
    expect(key('ArrowRight', { target: slider })).toBeNull();
    expect(key('Escape', { target: slider })).toBe('close');
    expect(key('Escape', { target: field })).toBe('close');
    expect(key('?', { target: field })).toBeNull();
    expect(key(']', { target: checkbox })).toBe('next');
    // The highlight toolbar's buttons move with the arrows (WAI-ARIA toolbar), not the chapters.
    const inToolbar = { tagName: 'BUTTON', closest: (s: string) => s.includes('toolbar') };
    expect(key('ArrowRight', { target: inToolbar as unknown as EventTarget })).toBeNull();
    expect(key('h', { target: field })).toBeNull();
  });

  it('ignores keys typed into fields and keys with modifiers', () => {
    expect(key('ArrowLeft', { target: { tagName: 'INPUT' } as unknown as EventTarget })).toBeNull();
    expect(key('ArrowLeft', { altKey: true })).toBeNull();
  });
});

describe('reading time', () => {
  it.each([
    [0, 250, 'less than a minute'],
    [100, 250, '1 min'],
    [2500, 250, '10 min'],
    [500_000, 250, '33 h 20 min'],
    [15_000, 250, '1 h'],
  ])('%i words at %i wpm is %s', (words, wpm, text) => {
    expect(formatMinutes(minutesToRead(words, wpm))).toBe(text);
  });
  it('formats word counts', () => {
    expect(formatWords(12300)).toBe('12,300 words');
    expect(formatWords(1)).toBe('1 word');
  });
});

describe('mentionsWarnings', () => {
  it.each([
    'TW: blood',
    'cw - death',
    'Content warning for a storm',
    'Warnings: see tags',
    'Please mind the tags',
  ])('sees a warning in "%s"', (text) => expect(mentionsWarnings(text)).toBe(true));
  it.each([
    'Thanks for reading!',
    'Two weeks until the next chapter',
    'The sea was a warning to all',
  ])('sees none in "%s"', (text) => expect(mentionsWarnings(text)).toBe(false));
});

describe('readerStyle', () => {
  it('turns settings into classes and custom properties', () => {
    const { className, style } = readerStyle({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      justify: true,
      fontSize: 21,
    });
    expect(className).toBe('fr-root fr-theme-dark fr-para-spaced fr-justify');
    expect(style['--fr-size']).toBe('21px');
    expect(style['--fr-font']).toContain('Fic Reader Literata');
  });
});

describe('coverCss', () => {
  it('paints the dark cover dark and hides the page until the reader lifts it', () => {
    const css = coverCss('dark', false);
    expect(css).toContain('background: #16181c !important');
    expect(css).toContain(
      'html:not([data-fic-reader-cover="off"]) > body { display: none !important; }',
    );
  });
  it('follows the system for auto', () => {
    expect(coverCss('auto', false)).toContain('@media (prefers-color-scheme: dark)');
  });
});
