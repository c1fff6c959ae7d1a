import { describe, expect, it } from 'vitest';
import { graphemeEnd, graphemeStart } from './graphemes';

const WAVE = '\ud83d\udc4b'; // one code point, two code units
const WAVE_TONE = '\ud83d\udc4b\ud83c\udffd'; // with a skin-tone modifier
const FLAG = '\ud83c\uddeb\ud83c\uddf7'; // two regional indicators
const RAINBOW = '\ud83c\udff3\ufe0f\u200d\ud83c\udf08'; // a ZWJ sequence
const E_ACUTE = 'e\u0301'; // a letter and a combining accent

describe('graphemeStart / graphemeEnd', () => {
  it.each([
    ['inside a surrogate pair', `a${WAVE}b`, 2, 1, 3],
    ['inside a skin-tone modifier', `a${WAVE_TONE}b`, 3, 1, 5],
    ['between the two letters of a flag', `a${FLAG}b`, 3, 1, 5],
    ['inside a ZWJ sequence', `a${RAINBOW}b`, 4, 1, 7],
    ['before a combining accent', `caf${E_ACUTE} au lait`, 4, 3, 5],
    ['on an edge already', `a${WAVE}b`, 1, 1, 1],
    ['in ASCII', 'plain text', 4, 4, 4],
    ['at the ends', `${WAVE}`, 0, 0, 0],
  ])('%s', (_name, text, offset, start, end) => {
    expect(graphemeStart(text, offset)).toBe(start);
    expect(graphemeEnd(text, offset)).toBe(end);
  });
});
