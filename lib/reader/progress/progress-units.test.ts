import { describe, expect, it } from 'vitest';
import { makeTestChapter, makeTestStory } from '../../../tests/support/story-factory';
import { ActiveClock, IDLE_AFTER_MS } from './active-clock';
import type { ChapterTexts } from './chapter-texts';
import { elsewhereOffer, lastReadOf } from './elsewhere-offer';
import { placePosition } from './place-position';
import { countsAsRead, minimumReadMs } from './read-marks';
import { ago, resumeOffer } from './resume-offer';
import { blockFingerprint } from '../../anchoring/fingerprint';
import type { StampedPosition } from '../../progress/position';

/** A chapter's texts without a renderer: the block texts as given. */
const textsOf = (blocks: Record<string, string[]>) =>
  ({
    text: (id: string, i: number) => blocks[id]?.[i] ?? '',
    all: (id: string) => blocks[id] ?? [],
    forget: () => {},
  }) as unknown as ChapterTexts;

const PARAS = [
  'The lighthouse keeper counted the boats every evening, though nobody had asked her to.',
  'Seven went out past the breakwater that morning, and by the time the lamp was lit six had come home.',
  'She climbed the spiral stair with the logbook under her arm. The glass at the top was cold.',
  '"You could go to bed," said her brother from the doorway.',
  '"That is exactly why somebody should watch it," she said, and lit the lamp.',
];

const saved = (block: number, offset: number, text = PARAS[block]!): StampedPosition => ({
  chapterId: 'c',
  chapterIndex: 1,
  block,
  offset,
  blockHash: blockFingerprint(text),
  quote: text.slice(offset, offset + 64),
  chapterFraction: block / PARAS.length,
  at: 1_000,
});

const story = (blocks = PARAS) =>
  makeTestStory({ view: 'chapter', chapters: [makeTestChapter({ id: 'c', number: 2, blocks })] });

describe('placePosition', () => {
  it.each([
    ['the same text', PARAS, 2, 'same-block'],
    [
      'a paragraph inserted before',
      ['A new opening paragraph, added later.', ...PARAS],
      3,
      'moved-block',
    ],
    [
      'an author’s note added at the top',
      ['A/N: thank you for reading!', ...PARAS],
      3,
      'moved-block',
    ],
    [
      'a typo fixed in the paragraph',
      PARAS.map((p, i) => (i === 2 ? p.replace('spiral', 'spirral') : p)),
      2,
      /^(?:context|quote|fuzzy)$/,
    ],
  ])('finds the line after %s', (_name, blocks, block, rule) => {
    const position = saved(2, 29); // "with the logbook under her arm."
    const place = placePosition(story(blocks), textsOf({ c: blocks }), position);
    expect(place?.block).toBe(block);
    expect(place?.rule).toMatch(rule);
    expect(blocks[place!.block]!.slice(place!.offset, place!.offset + 12)).toBe('with the log');
  });

  it('falls back to the stored fraction, never the top, when nothing matches', () => {
    const other = PARAS.map((_, i) => `Wholly different text number ${i}, rewritten from scratch.`);
    const position = { ...saved(3, 5), chapterFraction: 0.6 };
    const place = placePosition(story(other), textsOf({ c: other }), position);
    expect(place?.rule).toBe('fraction');
    expect(place?.block).toBeGreaterThan(0);
  });

  it('is null when the chapter is not on this page', () => {
    expect(
      placePosition(story(), textsOf({ c: PARAS }), { ...saved(1, 0), chapterId: 'x' }),
    ).toBeNull();
  });
});

describe('resumeOffer', () => {
  const place = {
    chapterId: 'c',
    chapterIndex: 0,
    block: 2,
    offset: 31,
    rule: 'same-block' as const,
  };
  const base = { story: story(), saved: saved(2, 31), now: 1_000 + 2 * 86_400_000 };
  it.each([
    ['auto lands on it', 'auto', place, undefined, 'land'],
    ['ask offers it', 'ask', place, undefined, 'offer'],
    ['off does nothing', 'off', place, undefined, null],
    ['another page: offered with its address', 'auto', null, 'https://x.example/c', 'offer'],
    ['another page with no address: nothing', 'auto', null, undefined, null],
  ] as const)('%s', (_name, behaviour, where, url, kind) => {
    const offer = resumeOffer({ ...base, behaviour, place: where, url });
    expect(offer?.kind ?? null).toBe(kind);
  });

  it('says where and when', () => {
    const offer = resumeOffer({ ...base, behaviour: 'ask', place, url: undefined });
    expect(offer).toMatchObject({ label: 'Continue at chapter 2, 40% (2 days ago)' });
  });

  it('offers nothing for the very top of a chapter', () => {
    const top = { ...place, block: 0, offset: 0 };
    expect(resumeOffer({ ...base, behaviour: 'auto', place: top, url: undefined })).toBeNull();
  });

  it.each([
    [30_000, 'just now'],
    [5 * 60_000, '5 min ago'],
    [3 * 3_600_000, '3 h ago'],
    [26 * 3_600_000, 'yesterday'],
    [4 * 86_400_000, '4 days ago'],
  ])('%i ms ago reads "%s"', (delta, words) => expect(ago(0, delta)).toBe(words));
});

describe('elsewhereOffer', () => {
  const texts = textsOf({ c: PARAS });
  it('offers a place ahead as reading on, one behind as going back, none where this tab is', () => {
    const here = saved(1, 0);
    expect(elsewhereOffer({ story: story(), texts, last: saved(3, 0), here })?.label).toBe(
      'You read on to chapter 2 in another tab',
    );
    expect(elsewhereOffer({ story: story(), texts, last: saved(0, 0), here })?.label).toBe(
      'You went back to chapter 2 in another tab',
    );
    expect(elsewhereOffer({ story: story(), texts, last: saved(1, 10), here })).toBeNull();
  });

  it('says where the reader last read', () => {
    expect(lastReadOf({ last: saved(1, 0), chapterNumber: 7 })).toEqual({
      chapterLabel: 'chapter 7',
      at: 1_000,
    });
    expect(lastReadOf({ last: undefined, chapterNumber: 7 })).toBeNull();
  });
});

describe('read marks', () => {
  it.each([
    [300, 250, 7_200],
    [10, 250, 3_000],
    [100_000, 250, 60_000],
  ])('a chapter of %i words at %i wpm asks for %i ms on the page', (words, wpm, ms) => {
    expect(minimumReadMs(words, wpm)).toBe(ms);
  });

  it.each([
    [true, 8_000, true],
    [true, 1_000, false],
    [false, 60_000, false],
  ])('end on screen %s after %i ms: read %s', (endOnScreen, msOnPage, read) => {
    expect(countsAsRead({ endOnScreen, msOnPage, words: 300, wpm: 250 })).toBe(read);
  });
});

describe('ActiveClock', () => {
  it('counts visible time with recent activity, and nothing after two idle minutes', () => {
    let now = 0;
    let visible = true;
    const clock = new ActiveClock(
      () => visible,
      () => now,
    );
    now = 30_000;
    clock.activity();
    now = 60_000;
    expect(clock.take()).toBe(60_000);
    // Idle: only the first two minutes after the last activity count.
    now = 60_000 + IDLE_AFTER_MS + 300_000;
    expect(clock.take()).toBe(IDLE_AFTER_MS - 30_000);
    // Hidden time counts nothing.
    clock.activity();
    visible = false;
    clock.visibilityChanged();
    now += 50_000;
    expect(clock.take()).toBe(0);
  });
});
