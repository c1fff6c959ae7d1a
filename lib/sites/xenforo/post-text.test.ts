import { describe, expect, it } from 'vitest';
import { mobyDick } from '../../../tests/pages/text';
import {
  mobyDickForum,
  xenforoReaderPage,
  xenforoReaderUrl,
  xenforoThreadPage,
  xenforoThreadUrl,
  type XenforoThreadSpec,
} from '../../../tests/pages/xenforo';
import { parseHtml, textOfHtml } from '../../../tests/support/parse';
import { spacebattles as SB } from '../adapters/spacebattles';
import type { Extraction, Story } from '../types';

// The text of a threadmarked post: notes, lazy images, spoilers, quotes; and the thread's status.

const PLACEHOLDER =
  'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function read(html: string, url: string): Extraction {
  return SB.extract(parseHtml(html), new URL(url));
}

function story(extraction: Extraction): Story {
  if (extraction.kind !== 'story') throw new Error(`not a story: ${extraction.detail}`);
  return extraction.story;
}

/** Moby-Dick on SpaceBattles, with the first chapter's text replaced when `body` is given. */
function forum(body?: string): XenforoThreadSpec {
  const spec = { ...mobyDickForum('forums.spacebattles.com', 2), postsPerPage: 4 };
  if (body !== undefined) spec.posts[0] = { ...spec.posts[0]!, body };
  return spec;
}

describe('a threadmarked post', () => {
  it("moves the author's note at the top of a post into notesBefore", () => {
    const s = story(read(xenforoThreadPage(forum()), xenforoThreadUrl(forum())));
    const loomings = mobyDick()[0]!;
    expect(textOfHtml(s.chapters[0]?.notesBefore)).toMatch(/^A\/N: Posting the novel/);
    expect(textOfHtml(s.chapters[0]?.blocks[0])).toBe(loomings.paragraphs[0]);
    expect(s.chapters[0]?.blocks).toHaveLength(loomings.paragraphs.length);
  });

  it('gives lazy images their real address, without the noscript copy, leaving the page alone', () => {
    const spec = forum(
      `The chart of the voyage:<br />\n<img src="${PLACEHOLDER}" data-src="/proxy.php?image=https%3A%2F%2Fexample.org%2Fchart.png" data-url="https://example.org/chart.png" class="bbImage lazyload" alt="chart.png" /><noscript><img src="/proxy.php?image=https%3A%2F%2Fexample.org%2Fchart.png" class="bbImage" alt="chart.png" /></noscript><br />\n<br />\n` +
        `<div class="bbImageWrapper  js-lbImage" data-src="https://example.org/sv.png"><img src="${PLACEHOLDER}" data-url="https://example.org/sv.png" class="bbImage lazyload" alt="sv.png" /></div>\nThe end.`,
    );
    const doc = parseHtml(xenforoThreadPage(spec));
    const before = doc.documentElement.outerHTML;
    const s = story(SB.extract(doc, new URL(xenforoThreadUrl(spec))));
    const html = s.chapters[0]!.blocks.join('\n');
    expect(html).toContain(
      'src="https://forums.spacebattles.com/proxy.php?image=https%3A%2F%2Fexample.org%2Fchart.png"',
    );
    expect(html).toContain('src="https://example.org/sv.png"');
    expect(html).not.toContain('data:image');
    expect(html.match(/<img/g)).toHaveLength(2);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('turns spoilers into details, nested ones too, and keeps expandable quotes whole', () => {
    const spoiler = (title: string, content: string) =>
      `<div class="bbCodeSpoiler"><button type="button" class="button bbCodeSpoiler-button button--longText" data-xf-click="toggle" data-xf-init="tooltip" title="Click to reveal or hide spoiler"><span class="button-text"><span>${title}</span></span></button><div class="bbCodeSpoiler-content"><div class="bbCodeBlock bbCodeBlock--spoiler"><div class="bbCodeBlock-content">${content}</div></div></div></div>`;
    const spec = forum(
      `Before the spoilers.<br />\n<div style="display: none">${spoiler('Spoiler: Hidden', 'Never shown.')}</div>\n${spoiler('Spoiler: Omake', `An omake.${spoiler('Spoiler: Inner', 'Deeper still.')}`)}\n<b>${spoiler('Spoiler', 'Untitled.')}</b>\n` +
        `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">A long quotation, all of it.</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`,
    );
    const doc = parseHtml(xenforoThreadPage(spec));
    const before = doc.documentElement.outerHTML;
    const html = story(SB.extract(doc, new URL(xenforoThreadUrl(spec)))).chapters[0]!.blocks.join(
      '\n',
    );
    expect(html).toContain(
      '<details><summary>Spoiler: Omake</summary>An omake.<details><summary>Spoiler: Inner</summary>Deeper still.</details></details>',
    );
    expect(html).toContain('<details><summary>Spoiler</summary>Untitled.</details>');
    expect(html).not.toMatch(/<button|Click to (?:reveal|expand)|Never shown/);
    expect(html).toContain('A long quotation, all of it.');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    [['Complete'], 'complete'],
    [['Literature'], 'unknown'],
  ] as const)('reads the status from the prefixes %j', (prefixes, status) => {
    const spec = { ...forum(), prefixes: [...prefixes] };
    const s = story(read(xenforoReaderPage(spec), xenforoReaderUrl(spec)));
    expect([s.title, s.status]).toEqual(['Moby-Dick; or, The Whale', status]);
  });

  it('never throws on a broken page', () => {
    const url = new URL('https://forums.spacebattles.com/threads/x.1/');
    for (const html of [
      '',
      '<article class="message hasThreadmark" data-content="post-1">',
      '<p>hi</p>',
    ]) {
      expect(() => SB.extract(parseHtml(html), url)).not.toThrow();
    }
  });
});
