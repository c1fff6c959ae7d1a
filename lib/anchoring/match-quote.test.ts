import { describe, expect, it } from 'vitest';
import { matchExact, matchFuzzy } from './match-quote';
import { scoreCandidate, similarity } from './score';

const found = (r: ReturnType<typeof matchExact>) => ('found' in r ? r.found.start : r.orphan);

// "Ahab" three times, each in its own context; the second is the one stored.
const TEXT = [
  'On the first day Ahab stood on deck and said nothing to anyone at all.',
  'On the second day Ahab paced the deck and shouted at the whole crew.',
  'On the third day Ahab went below and was not seen again until dusk.',
].join('\n');
const SECOND = TEXT.indexOf('Ahab paced');
const context = (hint: number) => ({
  prefix: TEXT.slice(SECOND - 32, SECOND),
  suffix: TEXT.slice(SECOND + 4, SECOND + 36),
  hint,
});

describe('similarity', () => {
  it.each([
    ['equal', 'the lamp was lit', 'the lamp was lit', 1],
    ['one edit in sixteen', 'the lamp was lot', 'the lamp was lit', 15 / 16],
    ['nothing there', '', 'the lamp', 0],
    ['empty context at the chapter edge', '', '', 1],
  ])('%s', (_name, actual, expected, score) => {
    expect(similarity(actual, expected, actual === '')).toBeCloseTo(score);
  });

  it('gives an empty stored context half marks away from the edge', () => {
    expect(similarity('some text before', '', false)).toBe(0.5);
  });
});

describe('matchExact', () => {
  it('picks the occurrence whose prefix and suffix agree', () => {
    expect(found(matchExact(TEXT, 'Ahab', context(SECOND)))).toBe(SECOND);
  });

  it('lets the context outweigh the expected place', () => {
    expect(found(matchExact(TEXT, 'Ahab', context(TEXT.indexOf('Ahab'))))).toBe(SECOND);
  });

  it.each([
    ['prefix alone', (c: ReturnType<typeof context>) => ({ ...c, suffix: 'zzzz zzzz zzzz' })],
    ['suffix alone', (c: ReturnType<typeof context>) => ({ ...c, prefix: 'zzzz zzzz zzzz' })],
  ])('still finds it by the %s', (_name, change) => {
    expect(found(matchExact(TEXT, 'Ahab', change(context(0))))).toBe(SECOND);
  });

  it('makes an orphan of a short quote whose context is nowhere', () => {
    const none = { prefix: 'quite unrelated words here', suffix: 'and more of them', hint: 0 };
    expect(found(matchExact(TEXT, 'Ahab', none))).toBe('below-threshold');
  });

  it('takes a long quote found once whatever its context', () => {
    const quote = 'paced the deck and shouted at the whole crew';
    const none = { prefix: 'quite unrelated words here', suffix: 'and more of them', hint: 0 };
    expect(found(matchExact(TEXT, quote, none))).toBe(TEXT.indexOf(quote));
  });

  it('decides identical contexts by the expected place only when one is clearly nearer', () => {
    const line = 'The bell rang twice and nobody came.';
    const text = Array.from({ length: 4 }, () => line).join('\n');
    const at = (i: number) => i * (line.length + 1);
    const ctx = {
      prefix: text.slice(at(2) - 32, at(2)),
      suffix: text.slice(at(2) + 9, at(2) + 41),
    };
    expect(found(matchExact(text, 'The bell', { ...ctx, hint: at(2) }))).toBe(at(2));
    const between = (at(1) + at(2)) / 2;
    expect(found(matchExact(text, 'The bell', { ...ctx, hint: between }))).toBe('ambiguous');
  });
});

describe('matchFuzzy', () => {
  it('finds a quote whose typo was fixed', () => {
    const r = matchFuzzy(TEXT, 'Ahab pacde the deck', context(SECOND));
    expect('found' in r && TEXT.slice(r.found.start, r.found.end)).toBe('Ahab paced the deck');
  });

  it('searches only its window', () => {
    const r = matchFuzzy(TEXT, 'Ahab pacde the deck', context(SECOND), 0, SECOND);
    expect(found(r)).not.toBe(SECOND);
  });

  it('makes an orphan of a near match with nothing around it agreeing', () => {
    const none = { prefix: 'quite unrelated words here', suffix: 'and more of them', hint: 0 };
    expect(found(matchFuzzy(TEXT, 'Ahab paced the dock', none))).toBe('below-threshold');
  });
});

describe('scoreCandidate', () => {
  it('weighs quote 50, prefix 20, suffix 20, position 2', () => {
    const text = 'abcd QUOTE efgh';
    const s = scoreCandidate(text, 5, 10, 0, 5, { prefix: 'zzzzz', suffix: ' efgh', hint: 5 });
    expect(s.prefix).toBe(0);
    expect(s.suffix).toBe(1);
    expect(s.score).toBeCloseTo((50 + 0 + 20 + 2) / 92);
  });
});
