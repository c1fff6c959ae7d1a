import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/support/parse';
import { readBlocks } from '../sites/common/blocks';
import { makeChapter, makeStory } from '../sites/common/story';
import type { Extraction } from '../sites/types';
import { readInSlices, streamStory } from './stream-story';

/** An extraction of the one-chapter story in `root`, with a fixed cost of `costMs` per call. */
function extractionOf(root: Element, costMs = 0, before: () => void = () => {}) {
  return (): Extraction => {
    before();
    const end = performance.now() + costMs;
    while (performance.now() < end) {
      // The part of a read that does not depend on the text (metadata, lookups).
    }
    const text = readBlocks(root);
    if (text.blocks.length === 0 && text.complete)
      return { kind: 'not-story', reason: 'unknown', detail: 'No text.' };
    return {
      kind: 'story',
      story: makeStory({
        site: 'ao3',
        siteName: 'AO3',
        workId: '1',
        canonicalUrl: 'https://archiveofourown.org/works/1',
        title: 'T',
        view: 'single',
        chapters: [makeChapter(text, { id: '1' })],
      }),
    };
  };
}

const page = (paragraphs: number) =>
  parseHtml(
    `<div id="t">${Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i}.</p>`).join('')}</div>`,
  ).querySelector('#t')!;

const blocksOf = (answer: Extraction) =>
  answer.kind === 'story' ? answer.story.chapters[0]!.blocks.length : -1;

/** Streams a loaded page and resolves with the final answer and the progress reports. */
function stream(extract: () => Extraction, maxFinalReads?: number) {
  return new Promise<{ answer: Extraction; progress: number }>((resolve) => {
    let progress = 0;
    streamStory(
      document,
      extract,
      { onProgress: () => progress++, onDone: (answer) => resolve({ answer, progress }) },
      new AbortController().signal,
      maxFinalReads,
    );
  });
}

describe('the streaming loops end on every input', () => {
  it('reads a chapter whose every read costs more than its budget to the end', async () => {
    // 9 ms of fixed cost against an 8 ms budget: before issue 7 this never finished.
    const { answer } = await stream(extractionOf(page(60), 9));
    expect(blocksOf(answer)).toBe(60);
  });

  it.each([
    ['an empty container', 0, 'not-story'],
    ['one paragraph', 1, 'story'],
    ['3,000 paragraphs', 3000, 'story'],
  ])('answers once for %s', async (_name, paragraphs, kind) => {
    const { answer } = await stream(extractionOf(page(paragraphs)));
    expect(answer.kind).toBe(kind);
    if (kind === 'story') expect(blocksOf(answer)).toBe(paragraphs);
  });

  it('gives up waiting for a page that keeps adding text after it has loaded', async () => {
    const root = page(10);
    const grow = () =>
      root.append(Object.assign(document.createElement('p'), { textContent: 'x' }));
    // Every read finds a new paragraph, and reads one node per read (fixed cost over budget).
    const { answer } = await stream(extractionOf(root, 9, grow), 40);
    expect(answer.kind).toBe('story');
    expect(blocksOf(answer)).toBeGreaterThan(10);
  });

  it('reads on request a budget at a time, and ends', async () => {
    expect(blocksOf(await readInSlices(extractionOf(page(50), 9)))).toBe(50);
    const root = page(5);
    const grow = () =>
      root.append(Object.assign(document.createElement('p'), { textContent: 'x' }));
    expect((await readInSlices(extractionOf(root, 9, grow), 30)).kind).toBe('story');
  });
});
