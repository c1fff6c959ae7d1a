import type { SiteUrls } from '../types';
import { AO3_HOSTS, identifyAo3 } from '../ao3/url';

/** Archive of Our Own. */
export const ao3Urls: SiteUrls = {
  id: 'ao3',
  name: 'Archive of Our Own',
  hosts: AO3_HOSTS,
  identify: identifyAo3,
  examples: {
    stories: [
      'https://archiveofourown.org/works/123',
      'https://archiveofourown.org/works/123/',
      'https://archiveofourown.org/works/123/chapters/456',
      'https://archiveofourown.org/works/123/chapters/456#workskin',
      'https://archiveofourown.org/works/123?view_full_work=true',
      'https://archiveofourown.org/works/123?view_adult=true',
      'https://www.archiveofourown.org/works/123/chapters/456',
      'https://archiveofourown.org/collections/Some_Fest/works/123',
    ],
    others: [
      'https://archiveofourown.org/',
      'https://archiveofourown.org/works',
      'https://archiveofourown.org/works/123/navigate',
      'https://archiveofourown.org/works/123/bookmarks',
      'https://archiveofourown.org/works/123/chapters/456/comments',
      'https://archiveofourown.org/tags/Sherlock%20Holmes/works',
      'https://archiveofourown.org/series/1728802',
      'https://archiveofourown.org/users/someone/profile',
      'https://archiveofourown.org/users/login',
    ],
  },
  // Other installs of the AO3 software share this markup (feedbackOf in site-urls.ts).
  feedback: { selector: '#feedback', label: 'Comments and kudos' },
};
