import type { SiteAdapter } from '../types';
import { safely } from '../common/story';
import { extractFfn } from '../ffnet/extract';
import { fictionpressUrls } from '../urls/fictionpress';

/** FictionPress: FanFiction.Net's sister site for original fiction, same software. */
export const fictionpress: SiteAdapter = {
  ...fictionpressUrls,
  extract: (doc, url) => safely(() => extractFfn(doc, url, 'fictionpress', fictionpressUrls.name)),
};
