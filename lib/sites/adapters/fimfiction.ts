import type { SiteUrls } from '../types';
import { FIMFICTION_HOSTS, identifyFimfiction } from '../fimfiction/url';

/** Fimfiction. */
export const fimfiction: SiteUrls = {
  id: 'fimfiction',
  name: 'Fimfiction',
  hosts: FIMFICTION_HOSTS,
  identify: identifyFimfiction,
  examples: {
    stories: [
      'https://www.fimfiction.net/story/551751/1/a-quiet-harbour/the-lighthouse',
      'https://www.fimfiction.net/story/551751/2/a-quiet-harbour',
    ],
    others: [
      'https://www.fimfiction.net/',
      'https://www.fimfiction.net/story/551751/a-quiet-harbour',
      'https://www.fimfiction.net/user/123/someone',
    ],
  },
};
