import type { SiteAdapter } from '../types';
import { safely } from '../common/story';
import { extractRoyalRoad } from '../royalroad/extract';
import { royalroadUrls } from '../urls/royalroad';

/** Royal Road. */
export const royalroad: SiteAdapter = {
  ...royalroadUrls,
  extract: (doc, url) => safely(() => extractRoyalRoad(doc, url)),
};
