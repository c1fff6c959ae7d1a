import type { KnownSiteId, SiteUrls } from '../types';
import { xenforoIdentify } from './url';

/**
 * The description of a XenForo forum with threadmarks. SpaceBattles and its sister forums run the
 * same software, so they differ only in name and hosts; the first host is the canonical one.
 */
export function xenforoForumUrls(
  id: KnownSiteId,
  name: string,
  hosts: readonly [string, ...string[]],
): SiteUrls {
  const thread = `https://${hosts[0]}/threads/a-quiet-harbour.123456`;
  return {
    id,
    name,
    hosts,
    identify: xenforoIdentify(id, hosts),
    examples: {
      stories: [
        `${thread}/`,
        `${thread}/page-3`,
        `${thread}/reader/`,
        `${thread}/reader/page-2`,
        `${thread}/post-7890`,
      ],
      others: [
        `https://${hosts[0]}/`,
        `${thread}/threadmarks`,
        `https://${hosts[0]}/forums/creative-writing.18/`,
        `https://${hosts[0]}/members/someone.42/`,
      ],
    },
    // A story is a thread: what readers say is the thread's other posts.
    feedback: { selector: '.block--messages', label: 'Replies' },
  };
}
