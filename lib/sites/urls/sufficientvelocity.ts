import { xenforoForumUrls } from '../xenforo/forum-urls';

/** Sufficient Velocity: a XenForo forum whose stories are threadmarked posts. */
export const sufficientvelocityUrls = xenforoForumUrls(
  'sufficientvelocity',
  'Sufficient Velocity',
  ['forums.sufficientvelocity.com'],
);
