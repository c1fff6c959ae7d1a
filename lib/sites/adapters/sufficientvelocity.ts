import { xenforoForum } from '../xenforo/forum-adapter';

/** Sufficient Velocity: a XenForo forum whose stories are threadmarked posts. */
export const sufficientvelocity = xenforoForum('sufficientvelocity', 'Sufficient Velocity', [
  'forums.sufficientvelocity.com',
]);
