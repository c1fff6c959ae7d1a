import { describe, expect, it } from 'vitest';
import { makeTestChapter, makeTestStory } from '../../../tests/support/story-factory';
import { blockText } from '../../anchoring/block-text';
import { sanitize } from '../../sanitize';
import { PageMap } from './page-map';
import { StoryTexts } from './story-texts';

const BLOCKS = [
  '<p>“Keep the lamp lit,” she said.</p>',
  '<p>He  nodded,\n   <em>once</em>, and\u00a0went up.</p>',
  '<hr>',
  '<div class="s-chat"><p>keeper: hello</p><p>brother: hi</p></div>',
  '<p>A form: <button>Go</button><select><option>One</option></select> end.</p>',
  '<p>Emoji at the edges 🌊</p>',
  '<p>line one<br>line two</p>',
];

describe('StoryTexts', () => {
  it('reads each block’s text as the reader renders it (through the sanitizer)', () => {
    const texts = new StoryTexts(
      makeTestStory({ chapters: [makeTestChapter({ blocks: BLOCKS })] }),
    );
    const rendered = BLOCKS.map((html) => {
      const fragment = sanitize(html, 'https://archiveofourown.org/works/1');
      const holder = document.createElement('div');
      holder.append(fragment);
      return blockText(holder.firstElementChild ?? holder).text;
    });
    expect(texts.all('11')).toEqual(rendered);
    expect(texts.text('11', 1)).toBe('He nodded, once, and went up.');
    expect(texts.text('11', 4)).toBe('A form: end.');
  });

  it('counts the words before each block', () => {
    const texts = new StoryTexts(
      makeTestStory({ chapters: [makeTestChapter({ blocks: BLOCKS })] }),
    );
    expect(texts.wordsBefore('11', 0)).toBe(0);
    expect(texts.wordsBefore('11', 1)).toBe(6);
    expect(texts.wordsBefore('11', 99)).toBe(texts.wordsBefore('11', BLOCKS.length));
  });

  it('reads blocks one at a time when together they would not split back into blocks', () => {
    const odd = ['<p>one</p>', 'loose text', '<p>three</p>'];
    const texts = new StoryTexts(makeTestStory({ chapters: [makeTestChapter({ blocks: odd })] }));
    expect(texts.all('11')).toEqual(['one', '', 'three']);
  });
});

describe('PageMap', () => {
  const story = makeTestStory({
    view: 'entire',
    chapters: [
      makeTestChapter({
        id: 'a',
        blocks: ['<p>First chapter, first line.</p>', '<p>Its end.</p>'],
      }),
      makeTestChapter({ id: 'b', blocks: ['<p>Second chapter opens.</p>', '<p>Its end.</p>'] }),
    ],
  });

  function page(html: string): PageMap {
    // Test markup of our own, parsed inert and adopted: no assignment of a string to the DOM.
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const nodes = Array.from(parsed.body.childNodes); // a copy: adopting empties the live list
    document.body.replaceChildren(...nodes.map((n) => document.adoptNode(n)));
    return PageMap.build(document.body, story, new StoryTexts(story));
  }

  it('finds every block of every chapter in a site’s paragraphs, past its chrome', () => {
    const map = page(`<header>Menu Its end.</header>
      <div class="chapter"><h3>Chapter 1</h3><div class="userstuff">
        <p>First chapter, first line.</p><p>Its <i>end</i>.</p></div></div>
      <div class="chapter"><h3>Chapter 2</h3><div class="userstuff">
        <p>Second chapter opens.</p><p>Its end.</p></div></div>`);
    expect(map.size).toBe(4);
    expect([0, 1, 2, 3].map((i) => map.text(i))).toEqual([
      'First chapter, first line.',
      'Its end.',
      'Second chapter opens.',
      'Its end.',
    ]);
    // The second "Its end." is chapter b's, not the header's nor chapter a's.
    expect(map.entry(3)).toMatchObject({ chapterIndex: 1, block: 1 });
    expect(map.range(1, 0, 8)?.toString()).toBe('Its end.');
    expect(map.range(1, 0, 8)?.startContainer.parentElement?.tagName).toBe('P');
  });

  it('finds blocks in a forum post of <br>-separated lines', () => {
    const map = page(`<div class="bbWrapper">First chapter, first line.<br><br>Its end.<br><br>
      Second chapter opens.<br>\n<br>Its end.</div>`);
    expect(map.size).toBe(4);
    expect(map.range(2, 7, 14)?.toString()).toBe('chapter');
  });

  it('says where a block, a chapter’s last block and a block the page shows otherwise are', () => {
    const map = page(
      '<p>First chapter, a first line the site rewrote.</p><p>Its end.</p>' +
        '<p>Second chapter opens.</p><p>Its end.</p>',
    );
    expect(map.size).toBe(3);
    expect(map.indexOf(0, 0)).toBe(0);
    expect(map.entry(0)).toMatchObject({ chapterIndex: 0, block: 1 });
    expect(map.indexOf(1, 0)).toBe(1);
    expect(map.indexOf(1, 1)).toBe(2);
    expect(map.indexOf(2, 0)).toBe(-1);
    expect(map.lastOf(0)).toBe(0);
    expect(map.lastOf(1)).toBe(2);
  });

  it('places a point of the page in the story, moving points between blocks to the nearest', () => {
    const map = page(`<h3>Chapter 1</h3><p>First chapter, first line.</p><p>Its <i>end</i>.</p>
      <h3>Chapter 2</h3><p>Second chapter opens.</p><p>Its end.</p>`);
    const [, first, second, title2, third] = [...document.body.children];
    // "line" in "First chapter, first line.": the text node, 21 characters in.
    expect(map.placeOf(first!.firstChild!, 21, 'start')).toEqual({
      chapterIndex: 0,
      block: 0,
      offset: 21,
    });
    // Inside <i>end</i>: offset 2 of "end" is offset 6 of "Its end.".
    expect(map.placeOf(second!.querySelector('i')!.firstChild!, 2, 'end')).toEqual({
      chapterIndex: 0,
      block: 1,
      offset: 6,
    });
    // In the second chapter's title: a start goes to the next block, an end to the previous one's end.
    expect(map.placeOf(title2!.firstChild!, 3, 'start')).toEqual({
      chapterIndex: 1,
      block: 0,
      offset: 0,
    });
    expect(map.placeOf(title2!.firstChild!, 3, 'end')).toEqual({
      chapterIndex: 0,
      block: 1,
      offset: 8,
    });
    expect(map.placeOf(third!.firstChild!, 0, 'start')).toMatchObject({
      chapterIndex: 1,
      block: 0,
    });
    // Before the first block there is no previous end; after the last no next start.
    expect(map.placeOf(document.body.firstElementChild!.firstChild!, 0, 'end')).toBeNull();
    const last = document.body.lastElementChild!.firstChild!;
    expect(map.placeOf(last, 8, 'end')).toEqual({ chapterIndex: 1, block: 1, offset: 8 });
  });
});
