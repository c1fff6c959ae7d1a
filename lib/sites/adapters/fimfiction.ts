import type { SiteAdapter } from '../types';
import { safely } from '../common/story';
import { extractFimfiction } from '../fimfiction/extract';
import { fimfictionUrls } from '../urls/fimfiction';

/** Fimfiction. */
export const fimfiction: SiteAdapter = {
  ...fimfictionUrls,
  extract: (doc, url) => safely(() => extractFimfiction(doc, url)),
};
