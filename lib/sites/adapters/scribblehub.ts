import type { SiteAdapter } from '../types';
import { safely } from '../common/story';
import { extractScribbleHub } from '../scribblehub/extract';
import { SCRIBBLEHUB_HOSTS, identifyScribbleHub } from '../scribblehub/url';

/** Scribble Hub. */
export const scribblehub: SiteAdapter = {
  id: 'scribblehub',
  name: 'Scribble Hub',
  hosts: SCRIBBLEHUB_HOSTS,
  identify: identifyScribbleHub,
  extract: (doc, url) => safely(() => extractScribbleHub(doc, url)),
  examples: {
    stories: [
      'https://www.scribblehub.com/read/123456-a-quiet-harbour/chapter/234567/',
      'https://scribblehub.com/read/123456-a-quiet-harbour/chapter/234568',
      'https://www.scribblehub.com/read/123456/chapter/234569/',
    ],
    others: [
      'https://www.scribblehub.com/',
      'https://www.scribblehub.com/series/123456/a-quiet-harbour/',
      'https://www.scribblehub.com/series/123456/a-quiet-harbour/stats/',
      'https://www.scribblehub.com/profile/999/someone/',
      'https://www.scribblehub.com/series-finder/',
    ],
  },
};
