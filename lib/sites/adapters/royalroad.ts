import type { SiteUrls } from '../types';
import { ROYALROAD_HOSTS, identifyRoyalRoad } from '../royalroad/url';

/** Royal Road. */
export const royalroad: SiteUrls = {
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
      'https://www.royalroad.com/fictions/best-rated',
      'https://www.royalroad.com/profile/12345',
    ],
  },
};
