import { spacebattlesUrls } from '../urls/spacebattles';
import { xenforoForum } from '../xenforo/forum-adapter';

/** SpaceBattles: a XenForo forum whose stories are threadmarked posts. */
export const spacebattles = xenforoForum(spacebattlesUrls);
