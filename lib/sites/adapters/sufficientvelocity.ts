import { sufficientvelocityUrls } from '../urls/sufficientvelocity';
import { xenforoForum } from '../xenforo/forum-adapter';

/** Sufficient Velocity: a XenForo forum whose stories are threadmarked posts. */
export const sufficientvelocity = xenforoForum(sufficientvelocityUrls);
