import type { SiteUrls } from '../types';
import { ffnetIdentify } from '../ffnet/url';

const HOSTS = ['www.fictionpress.com', 'm.fictionpress.com', 'fictionpress.com'] as const;

/** FictionPress: FanFiction.Net's sister site for original fiction, same software. */
export const fictionpressUrls: SiteUrls = {
  id: 'fictionpress',
  name: 'FictionPress',
  hosts: HOSTS,
  identify: ffnetIdentify('fictionpress', HOSTS),
  examples: {
    stories: [
      'https://www.fictionpress.com/s/3000001/1/A-Quiet-Harbour',
      'https://m.fictionpress.com/s/3000001/2/',
    ],
    others: [
      'https://www.fictionpress.com/',
      'https://www.fictionpress.com/fiction/Fantasy/',
      'https://www.fictionpress.com/u/777/Writer',
    ],
  },
  feedback: { selector: '#review', label: 'Reviews' },
};
