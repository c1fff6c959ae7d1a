import { describe, expect, it } from 'vitest';
import { blockText } from './block-text';

function element(html: string): Element {
  const doc = document.implementation.createHTMLDocument('t');
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const el = doc.importNode(parsed.body.firstElementChild!, true);
  doc.body.append(el);
  return el;
}

// The DOM character at a point, read straight from the text node (not through the map).
function charAt(point: { node: Node; offset: number }): string {
  return (point.node.nodeValue ?? '').charAt(point.offset);
}

const CASES: [string, string, string][] = [
  ['plain paragraph', '<p>The lamp was lit.</p>', 'The lamp was lit.'],
  ['indented source', '<p>\n   The lamp\n   was lit.  </p>', 'The lamp was lit.'],
  ['inline markup', '<p>The <em>lamp</em> was <strong>lit</strong>.</p>', 'The lamp was lit.'],
  [
    'br lines (chat-fic)',
    '<p>anna: hi<br>ben: hey<br/>anna: lamp?</p>',
    'anna: hi ben: hey anna: lamp?',
  ],
  ['br next to spaces', '<p>one <br> two</p>', 'one two'],
  ['NBSP', '<p>Mr.\u00a0Darcy\u00a0\u00a0bowed</p>', 'Mr. Darcy bowed'],
  ['work-skin box', '<div class="chat"><p>Ann: hi</p><p>Ben: hey</p></div>', 'Ann: hi Ben: hey'],
  ['image only', '<p><img src="x.png" alt="map"></p>', ''],
  ['scene break', '<hr>', ''],
  [
    'emoji',
    '<p>\ud83d\udc4b hi \ud83c\udff3\ufe0f\u200d\ud83c\udf08</p>',
    '\ud83d\udc4b hi \ud83c\udff3\ufe0f\u200d\ud83c\udf08',
  ],
  ['comment inside', '<p>a<!-- note -->b c</p>', 'ab c'],
];

describe('blockText', () => {
  it.each(CASES)('reads the normalised text: %s', (_name, html, expected) => {
    expect(blockText(element(html)).text).toBe(expected);
  });

  it.each(CASES)('maps every non-space character to the same DOM character: %s', (_n, html) => {
    const { text, toDom } = blockText(element(html));
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ') continue;
      expect(charAt(toDom(i, 'start'))).toBe(text[i]);
    }
  });

  it.each(CASES)('maps DOM points back to the same offsets: %s', (_n, html) => {
    const { text, toDom, fromDom } = blockText(element(html));
    for (let i = 0; i <= text.length; i++) {
      const start = toDom(i, 'start');
      expect(fromDom(start.node, start.offset)).toBe(i);
      const end = toDom(i, 'end');
      // An end point lies after the previous character: it maps back to at least that offset.
      if (i > 0 && text[i - 1] !== ' ') expect(fromDom(end.node, end.offset)).toBe(i);
    }
  });

  it('maps element points (container and child index)', () => {
    const el = element('<p>one <em>two</em> three</p>');
    const { fromDom } = blockText(el);
    expect(fromDom(el, 0)).toBe(0);
    expect(fromDom(el, 1)).toBe(4); // before <em>
    expect(fromDom(el.querySelector('em')!, 1)).toBe(7); // after "two"
    expect(fromDom(el, el.childNodes.length)).toBe(13);
  });

  it('gives the element itself as the point of an empty block', () => {
    const el = element('<hr>');
    expect(blockText(el).toDom(0, 'start')).toEqual({ node: el, offset: 0 });
  });
});
