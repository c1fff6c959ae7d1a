import type { SiteAdapter } from '../types';
import { extractOtw } from '../ao3/extract';
import { safely } from '../common/story';
import { ao3Urls } from '../urls/ao3';

/** Archive of Our Own. */
export const ao3: SiteAdapter = {
  ...ao3Urls,
  extract: (doc, url) => safely(() => extractOtw(doc, url, 'ao3', ao3Urls.name)),
};
