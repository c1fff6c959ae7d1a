import type { SiteUrls } from '../types';
import { ffnetIdentify } from '../ffnet/url';

const HOSTS = ['www.fanfiction.net', 'm.fanfiction.net', 'fanfiction.net'] as const;

/** FanFiction.Net. */
export const ffnetUrls: SiteUrls = {
  id: 'ffnet',
  name: 'FanFiction.Net',
  hosts: HOSTS,
  identify: ffnetIdentify('ffnet', HOSTS),
  examples: {
    stories: [
      'https://www.fanfiction.net/s/1048901/1/Stygian-Solace',
      'https://www.fanfiction.net/s/1048901/12/',
      'https://www.fanfiction.net/s/1048901',
      'https://m.fanfiction.net/s/1048901/3/Stygian-Solace',
    ],
    others: [
      'https://www.fanfiction.net/',
      'https://www.fanfiction.net/book/Harry-Potter/',
      'https://www.fanfiction.net/u/12345/Someone',
      'https://www.fanfiction.net/r/1048901/',
      'https://www.fanfiction.net/search/?keywords=a',
    ],
  },
  // The review form under the chapter; the reviews themselves are on /r/<story>/.
  feedback: { selector: '#review', label: 'Reviews' },
};
