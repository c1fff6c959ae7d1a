import { describe, expect, it } from 'vitest';
import {
  applyChapterMark,
  applyMove,
  applyResetFurthest,
  emptyProgress,
  mergeProgress,
  type ProgressFields,
} from './progress-state';
import { REREAD_GAP_MS } from './read-through';
import { at, makePosition } from './testing/make';

type Step =
  | { move: [chapter: number, block: number, stamp: number] }
  | { read: [chapter: number, last: number, stamp: number] }
  | { reset: [chapter: number, block: number, stamp: number] };

function run(steps: Step[]): ProgressFields {
  return steps.reduce((p, step) => {
    if ('move' in step) {
      const [c, b, stamp] = step.move;
      const position = makePosition(c, b, 0, { chapterFraction: b === 0 ? 0 : 0.5 });
      return applyMove(p, { position, stamp, activeMs: 1000 });
    }
    if ('read' in step) {
      const [c, last, stamp] = step.read;
      return applyChapterMark(
        p,
        { read: true, chapterIndex: c, lastIndex: last, chaptersRead: p.chaptersRead + 1 },
        stamp,
      );
    }
    const [c, b, stamp] = step.reset;
    return applyResetFurthest(p, makePosition(c, b, 0, { chapterFraction: 0.5 }), stamp);
  }, emptyProgress());
}

describe('progress rules', () => {
  it.each<[string, Step[], { last: [number, number]; furthest: [number, number] }]>([
    [
      'the last position is the most recent move',
      [{ move: [1, 5, 1] }, { move: [0, 2, 2] }],
      { last: [0, 2], furthest: [1, 5] },
    ],
    [
      'an old tab scrolled back does not move furthest back',
      [{ move: [4, 0, 1] }, { move: [4, 9, 2] }, { move: [2, 1, 3] }],
      { last: [2, 1], furthest: [4, 9] },
    ],
    [
      'an explicit reset moves furthest back',
      [{ move: [4, 9, 1] }, { reset: [1, 0, 2] }],
      { last: [4, 9], furthest: [1, 0] },
    ],
    [
      'after a reset, furthest moves on again',
      [{ move: [4, 9, 1] }, { reset: [1, 0, 2] }, { move: [2, 0, 3] }],
      { last: [2, 0], furthest: [2, 0] },
    ],
  ])('%s', (_name, steps, expected) => {
    const p = run(steps);
    expect([p.last?.chapterIndex, p.last?.block]).toEqual(expected.last);
    expect([p.furthest?.chapterIndex, p.furthest?.block]).toEqual(expected.furthest);
  });

  it('counts read-throughs: one while reading, a second on starting again after finishing', () => {
    const once = run([{ move: [0, 0, 1] }, { move: [2, 5, 2] }, { read: [2, 2, 3] }]);
    expect(once.readThroughs.value).toEqual([{ startedAt: 1, finishedAt: 3 }]);
    const again = run([
      { move: [0, 0, 1] },
      { read: [2, 2, 3] },
      { move: [0, 0, 3 + REREAD_GAP_MS] },
    ]);
    expect(again.readThroughs.value).toHaveLength(2);
    expect(again.readThroughs.at).toBe(3 + REREAD_GAP_MS);
  });

  it('adds the active time and keeps the first and last read dates', () => {
    const p = run([{ move: [0, 1, 10] }, { move: [0, 2, 20] }]);
    expect(p).toMatchObject({ activeMs: 2000, firstReadAt: 10, lastReadAt: 20, updatedAt: 20 });
  });
});

describe('mergeProgress', () => {
  const a: ProgressFields = {
    ...emptyProgress(),
    last: at(makePosition(1, 0), 50),
    furthest: at(makePosition(6, 0), 10),
    readThroughs: { value: [{ startedAt: 1 }], at: 1 },
    activeMs: 9000,
    chaptersRead: 6,
    firstReadAt: 1,
    lastReadAt: 50,
    updatedAt: 50,
  };
  const b: ProgressFields = {
    ...emptyProgress(),
    last: at(makePosition(3, 0), 40),
    furthest: at(makePosition(3, 0), 40),
    readThroughs: { value: [{ startedAt: 1, finishedAt: 30 }], at: 30 },
    activeMs: 4000,
    chaptersRead: 3,
    firstReadAt: 0,
    lastReadAt: 40,
    updatedAt: 40,
  };

  it('takes newer fields, the furthest furthest and the larger counters', () => {
    expect(mergeProgress(a, b)).toEqual({
      last: a.last,
      furthest: a.furthest,
      readThroughs: b.readThroughs,
      activeMs: 9000,
      chaptersRead: 6,
      firstReadAt: 0,
      lastReadAt: 50,
      updatedAt: 50,
    });
  });

  it('is the same either way round and when repeated', () => {
    const ab = mergeProgress(a, b);
    expect(mergeProgress(b, a)).toEqual(ab);
    expect(mergeProgress(ab, b)).toEqual(ab);
    expect(mergeProgress(ab, ab)).toEqual(ab);
  });
});
