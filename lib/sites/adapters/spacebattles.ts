import type { SiteAdapter } from '../types';
import { safely } from '../common/story';
import { extractXenforo } from '../xenforo/extract';
import { xenforoIdentify } from '../xenforo/url';

const HOSTS = ['forums.spacebattles.com'] as const;

/** SpaceBattles: a XenForo forum whose stories are threadmarked posts. */
export const spacebattles: SiteAdapter = {
  id: 'spacebattles',
  name: 'SpaceBattles',
  hosts: HOSTS,
  identify: xenforoIdentify('spacebattles', HOSTS),
  extract: (doc, url) => safely(() => extractXenforo(doc, url, 'spacebattles', 'SpaceBattles')),
  examples: {
    stories: [
      'https://forums.spacebattles.com/threads/a-quiet-harbour.123456/',
      'https://forums.spacebattles.com/threads/a-quiet-harbour.123456/page-3',
      'https://forums.spacebattles.com/threads/a-quiet-harbour.123456/reader/',
      'https://forums.spacebattles.com/threads/a-quiet-harbour.123456/reader/page-2',
      'https://forums.spacebattles.com/threads/a-quiet-harbour.123456/post-7890',
    ],
    others: [
      'https://forums.spacebattles.com/',
      'https://forums.spacebattles.com/threads/a-quiet-harbour.123456/threadmarks',
      'https://forums.spacebattles.com/forums/creative-writing.18/',
      'https://forums.spacebattles.com/members/someone.42/',
    ],
  },
};
