import { questionablequestingUrls } from '../urls/questionablequesting';
import { xenforoForum } from '../xenforo/forum-adapter';

/** Questionable Questing: a XenForo forum whose stories are threadmarked posts. */
export const questionablequesting = xenforoForum(questionablequestingUrls);
