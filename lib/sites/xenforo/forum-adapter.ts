import type { SiteAdapter, SiteUrls } from '../types';
import { safely } from '../common/story';
import { extractXenforo } from './extract';

/** The adapter for a XenForo forum with threadmarks, from its description (`xenforoForumUrls`). */
export function xenforoForum(urls: SiteUrls): SiteAdapter {
  return {
    ...urls,
    extract: (doc, url) => safely(() => extractXenforo(doc, url, urls.id, urls.name)),
  };
}
