import { xenforoForumUrls } from '../xenforo/forum-urls';

/** SpaceBattles: a XenForo forum whose stories are threadmarked posts. */
export const spacebattlesUrls = xenforoForumUrls('spacebattles', 'SpaceBattles', [
  'forums.spacebattles.com',
]);
