import type { SiteUrls } from '../types';
import { FIMFICTION_HOSTS, identifyFimfiction } from '../fimfiction/url';

/** Fimfiction. */
export const fimfictionUrls: SiteUrls = {
  id: 'fimfiction',
  name: 'Fimfiction',
  hosts: FIMFICTION_HOSTS,
  identify: identifyFimfiction,
  examples: {
    stories: [
      'https://www.fimfiction.net/story/551751/1/a-quiet-harbour/the-lighthouse',
      'https://www.fimfiction.net/story/551751/2/a-quiet-harbour',
      'https://fimfiction.net/story/551751/3/',
    ],
    others: [
      'https://www.fimfiction.net/',
      'https://www.fimfiction.net/story/551751/a-quiet-harbour',
      'https://www.fimfiction.net/story/551751',
      'https://www.fimfiction.net/user/123/someone',
      'https://www.fimfiction.net/stories?q=harbour',
    ],
  },
  // As in tests/pages/fimfiction.ts; not yet checked against a real capture.
  feedback: { selector: '#comment_list', label: 'Comments' },
};
