import type { HighlightInput } from '../highlight';
import type { Position, StampedPosition } from '../position';

/** A position for tests: chapter index, block and offset, the rest filled in. */
export function makePosition(
  chapterIndex: number,
  block = 0,
  offset = 0,
  over: Partial<Position> = {},
): Position {
  return {
    chapterId: `ch${chapterIndex + 1}`,
    chapterIndex,
    block,
    offset,
    blockHash: 'h',
    quote: 'Call me Ishmael.',
    chapterFraction: 0.5,
    ...over,
  };
}

/** A stamped position for tests. */
export function at(position: Position, stamp: number): StampedPosition {
  return { ...position, at: stamp };
}

/** A highlight as the reader sends it. */
export function makeHighlightInput(over: Partial<HighlightInput> = {}): HighlightInput {
  return {
    id: 'h-1',
    anchor: {
      chapterId: 'ch1',
      start: { block: 2, offset: 0 },
      end: { block: 3, offset: 10 },
      chapterStart: 120,
      chapterEnd: 260,
      exact: 'Call me Ishmael.',
      prefix: 'Chapter 1. Loomings. ',
      suffix: ' Some years ago',
      blockHash: 'abc123',
    },
    color: 'c1',
    note: '',
    ...over,
  };
}
