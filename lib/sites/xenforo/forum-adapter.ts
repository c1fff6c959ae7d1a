import type { KnownSiteId, SiteAdapter } from '../types';
import { safely } from '../common/story';
import { extractXenforo } from './extract';
import { xenforoIdentify } from './url';

/**
 * The adapter for a XenForo forum with threadmarks. SpaceBattles and its sister forums run the
 * same software, so they differ only in name and hosts; the first host is the canonical one.
 */
export function xenforoForum(
  id: KnownSiteId,
  name: string,
  hosts: readonly [string, ...string[]],
): SiteAdapter {
  const thread = `https://${hosts[0]}/threads/a-quiet-harbour.123456`;
  return {
    id,
    name,
    hosts,
    identify: xenforoIdentify(id, hosts),
    extract: (doc, url) => safely(() => extractXenforo(doc, url, id, name)),
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
  };
}
