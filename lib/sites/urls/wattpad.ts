import type { SiteUrls } from '../types';
import { WATTPAD_HOSTS, identifyWattpad } from '../wattpad/url';

/** Wattpad. */
export const wattpadUrls: SiteUrls = {
  id: 'wattpad',
  name: 'Wattpad',
  hosts: WATTPAD_HOSTS,
  identify: identifyWattpad,
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
  // As in tests/pages/wattpad.ts; not yet checked against a real capture.
  feedback: { selector: '.part-comments', label: 'Comments' },
  // Wattpad moves between parts without loading a page, and renders the new part a moment after
  // the URL changes: up to 8 looks, 400 ms apart (about 3 s), before the reader gives up.
  inPageNavigation: { attempts: 8, intervalMs: 400 },
};
