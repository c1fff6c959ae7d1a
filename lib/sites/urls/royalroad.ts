import type { SiteUrls } from '../types';
import { ROYALROAD_HOSTS, identifyRoyalRoad } from '../royalroad/url';

/** Royal Road. */
export const royalroadUrls: SiteUrls = {
  id: 'royalroad',
  name: 'Royal Road',
  hosts: ROYALROAD_HOSTS,
  identify: identifyRoyalRoad,
  examples: {
    stories: [
      'https://www.royalroad.com/fiction/21220/mother-of-learning/chapter/301778/1-good-morning-brother',
      'https://royalroad.com/fiction/21220/mother-of-learning/chapter/301778',
    ],
    others: [
      'https://www.royalroad.com/fiction/21220/mother-of-learning',
      // FanFicFare's example form of a fiction page.
      'https://www.royalroad.com/fiction/3056',
      'https://www.royalroad.com/fictions/best-rated',
      'https://www.royalroad.com/fictions/search?tagsAdd=fantasy',
      'https://www.royalroad.com/profile/12345',
    ],
  },
  feedback: { selector: '.comments-container', label: 'Comments' },
};
