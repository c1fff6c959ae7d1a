import type { SiteAdapter } from '../types';
import { safely } from '../common/story';
import { extractWattpad } from '../wattpad/extract';
import { WATTPAD_HOSTS, identifyWattpad } from '../wattpad/url';

/** Wattpad. */
export const wattpad: SiteAdapter = {
  id: 'wattpad',
  name: 'Wattpad',
  hosts: WATTPAD_HOSTS,
  identify: identifyWattpad,
  extract: (doc, url) => safely(() => extractWattpad(doc, url)),
  examples: {
    stories: [
      'https://www.wattpad.com/123456789-a-quiet-harbour-chapter-one',
      'https://www.wattpad.com/123456789-a-quiet-harbour-chapter-one/page/2',
      'https://wattpad.com/123456789',
    ],
    others: [
      'https://www.wattpad.com/',
      'https://www.wattpad.com/story/98765-a-quiet-harbour',
      'https://www.wattpad.com/story/98765-a-quiet-harbour/parts',
      'https://www.wattpad.com/user/someone',
      'https://www.wattpad.com/stories/fantasy',
    ],
  },
};
