import type { SiteUrls } from '../types';
import { SCRIBBLEHUB_HOSTS, identifyScribbleHub } from '../scribblehub/url';

/** Scribble Hub. */
export const scribblehubUrls: SiteUrls = {
  id: 'scribblehub',
  name: 'Scribble Hub',
  hosts: SCRIBBLEHUB_HOSTS,
  identify: identifyScribbleHub,
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
  feedback: { selector: '#comments', label: 'Comments' },
};
