import { describe, expect, it } from 'vitest';
import { blockFingerprint, blockFingerprints, chapterFingerprint, fnv1a } from './fingerprint';

describe('fnv1a', () => {
  // Published FNV-1a 32-bit test vectors (ASCII: one code unit per byte).
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('hashes %j to %s', (text, hash) => {
    expect(fnv1a(text)).toBe(hash);
  });
});

describe('blockFingerprint / chapterFingerprint', () => {
  it('changes with one character of a block', () => {
    expect(blockFingerprint('The lamp was lit.')).not.toBe(blockFingerprint('The lamp was lit!'));
  });

  it('tells a chapter from the same blocks split differently', () => {
    expect(chapterFingerprint(['a b', 'c'])).not.toBe(chapterFingerprint(['a', 'b c']));
  });

  it('gives every block its fingerprint, once per array', () => {
    const blocks = ['one', 'two'];
    expect(blockFingerprints(blocks)).toEqual([fnv1a('one'), fnv1a('two')]);
    expect(blockFingerprints(blocks)).toBe(blockFingerprints(blocks));
  });
});
