import type { SiteUrls } from '../types';
import { WATTPAD_HOSTS, identifyWattpad } from '../wattpad/url';

/** Wattpad. */
export const wattpad: SiteUrls = {
  id: 'wattpad',
  name: 'Wattpad',
  hosts: WATTPAD_HOSTS,
  identify: identifyWattpad,
  examples: {
    stories: [
      'https://www.wattpad.com/123456789-a-quiet-harbour-chapter-one',
      'https://www.wattpad.com/123456789-a-quiet-harbour-chapter-one/page/2',
    ],
    others: [
      'https://www.wattpad.com/',
      'https://www.wattpad.com/story/98765-a-quiet-harbour',
      'https://www.wattpad.com/user/someone',
      'https://www.wattpad.com/stories/fantasy',
    ],
  },
};
