import type { SiteAdapter } from '../types';
import { safely } from '../common/story';
import { extractXenforo } from '../xenforo/extract';
import { xenforoIdentify } from '../xenforo/url';

const HOSTS = ['forums.sufficientvelocity.com'] as const;

/** Sufficient Velocity: a XenForo forum whose stories are threadmarked posts. */
export const sufficientvelocity: SiteAdapter = {
  id: 'sufficientvelocity',
  name: 'Sufficient Velocity',
  hosts: HOSTS,
  identify: xenforoIdentify('sufficientvelocity', HOSTS),
  extract: (doc, url) =>
    safely(() => extractXenforo(doc, url, 'sufficientvelocity', 'Sufficient Velocity')),
  examples: {
    stories: [
      'https://forums.sufficientvelocity.com/threads/a-quiet-harbour.123456/',
      'https://forums.sufficientvelocity.com/threads/a-quiet-harbour.123456/page-3',
      'https://forums.sufficientvelocity.com/threads/a-quiet-harbour.123456/reader/',
      'https://forums.sufficientvelocity.com/threads/a-quiet-harbour.123456/reader/page-2',
      'https://forums.sufficientvelocity.com/threads/a-quiet-harbour.123456/post-7890',
    ],
    others: [
      'https://forums.sufficientvelocity.com/',
      'https://forums.sufficientvelocity.com/threads/a-quiet-harbour.123456/threadmarks',
      'https://forums.sufficientvelocity.com/forums/creative-writing.18/',
      'https://forums.sufficientvelocity.com/members/someone.42/',
    ],
  },
};
