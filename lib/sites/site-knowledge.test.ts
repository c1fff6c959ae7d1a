import { describe, expect, it } from 'vitest';
import { ao3WorkPage } from '../../tests/pages/ao3/work-page';
import { ffnChapterPage } from '../../tests/pages/ffnet';
import { fimfictionChapterPage, mobyDickFimfiction } from '../../tests/pages/fimfiction';
import { mobyDickRoyalRoad, royalRoadChapterPage } from '../../tests/pages/royalroad';
import { mobyDickFfn, mobyDickWork } from '../../tests/pages/samples';
import { mobyDickScribbleHub, scribbleHubChapterPage } from '../../tests/pages/scribblehub';
import { mobyDickWattpad, wattpadPartPage } from '../../tests/pages/wattpad';
import { mobyDickForum, xenforoThreadPage } from '../../tests/pages/xenforo';
import { parseHtml } from '../../tests/support/parse';
import { feedbackOf, GENERIC_FEEDBACK, SITE_URLS, siteUrlsOf } from './site-urls';
import type { KnownSiteId } from './types';

// What each site calls readers' responses, and a story page of it built like the real one.
const FEEDBACK = {
  ao3: ['Comments and kudos', () => ao3WorkPage(mobyDickWork(3), { kind: 'chapter', index: 1 })],
  ffnet: ['Reviews', () => ffnChapterPage(mobyDickFfn(3), 1)],
  fictionpress: ['Reviews', () => ffnChapterPage(mobyDickFfn(3, 'fictionpress'), 1)],
  royalroad: ['Comments', () => royalRoadChapterPage(mobyDickRoyalRoad(), 0)],
  spacebattles: ['Replies', () => xenforoThreadPage(mobyDickForum('forums.spacebattles.com'))],
  sufficientvelocity: [
    'Replies',
    () => xenforoThreadPage(mobyDickForum('forums.sufficientvelocity.com')),
  ],
  questionablequesting: [
    'Replies',
    () => xenforoThreadPage(mobyDickForum('forum.questionablequesting.com')),
  ],
  wattpad: ['Comments', () => wattpadPartPage(mobyDickWattpad(), 0)],
  fimfiction: ['Comments', () => fimfictionChapterPage(mobyDickFimfiction(), 1)],
  scribblehub: ['Comments', () => scribbleHubChapterPage(mobyDickScribbleHub(), 0)],
} satisfies Record<KnownSiteId, [string, () => string]>;

const rows = Object.entries(FEEDBACK) as [KnownSiteId, [string, () => string]][];

describe('where each site keeps its comments', () => {
  it.each(rows.map(([id, [label]]) => [id, label]))('%s calls them "%s"', (id, label) => {
    expect(siteUrlsOf(id).feedback.label).toBe(label);
  });

  it.each(rows.map(([id, [, page]]) => [id, page]))('finds them on a %s story page', (id, page) => {
    const doc = parseHtml(page());
    expect(doc.querySelector(siteUrlsOf(id).feedback.selector)).not.toBeNull();
  });

  it.each([
    ['a supported site', 'royalroad', siteUrlsOf('royalroad').feedback],
    [
      'another install of the AO3 software',
      'otw:superlove.sayitditto.net',
      siteUrlsOf('ao3').feedback,
    ],
    ['any other page', 'web', GENERIC_FEEDBACK],
  ] as const)('looks on %s where that site keeps them', (_name, site, expected) => {
    expect(feedbackOf(site)).toEqual(expected);
  });

  it('looks on any other page where the supported sites keep them', () => {
    const ao3 = parseHtml(FEEDBACK.ao3[1]());
    expect(ao3.querySelector(GENERIC_FEEDBACK.selector)?.id).toBe('feedback');
    expect(GENERIC_FEEDBACK.label).toBe('Comments');
  });
});

describe('in-page navigation', () => {
  it('is Wattpad’s alone: 8 looks for the new part, 400 ms apart', () => {
    const sites = SITE_URLS.filter((s) => s.inPageNavigation).map((s) => [
      s.id,
      s.inPageNavigation,
    ]);
    expect(sites).toEqual([['wattpad', { attempts: 8, intervalMs: 400 }]]);
  });
});
