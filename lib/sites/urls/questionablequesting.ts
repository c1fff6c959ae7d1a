import { xenforoForumUrls } from '../xenforo/forum-urls';

/** Questionable Questing: a XenForo forum whose stories are threadmarked posts. */
export const questionablequestingUrls = xenforoForumUrls(
  'questionablequesting',
  'Questionable Questing',
  ['forum.questionablequesting.com', 'questionablequesting.com'],
);
