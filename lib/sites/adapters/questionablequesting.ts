import type { SiteAdapter } from '../types';
import { safely } from '../common/story';
import { extractXenforo } from '../xenforo/extract';
import { xenforoIdentify } from '../xenforo/url';

const HOSTS = ['forum.questionablequesting.com', 'questionablequesting.com'] as const;

/** Questionable Questing: a XenForo forum whose stories are threadmarked posts. */
export const questionablequesting: SiteAdapter = {
  id: 'questionablequesting',
  name: 'Questionable Questing',
  hosts: HOSTS,
  identify: xenforoIdentify('questionablequesting', HOSTS),
  extract: (doc, url) =>
    safely(() => extractXenforo(doc, url, 'questionablequesting', 'Questionable Questing')),
  examples: {
    stories: [
      'https://forum.questionablequesting.com/threads/a-quiet-harbour.123456/',
      'https://forum.questionablequesting.com/threads/a-quiet-harbour.123456/page-3',
      'https://forum.questionablequesting.com/threads/a-quiet-harbour.123456/reader/',
      'https://forum.questionablequesting.com/threads/a-quiet-harbour.123456/reader/page-2',
      'https://forum.questionablequesting.com/threads/a-quiet-harbour.123456/post-7890',
    ],
    others: [
      'https://forum.questionablequesting.com/',
      'https://forum.questionablequesting.com/threads/a-quiet-harbour.123456/threadmarks',
      'https://forum.questionablequesting.com/forums/creative-writing.18/',
      'https://forum.questionablequesting.com/members/someone.42/',
    ],
  },
};
