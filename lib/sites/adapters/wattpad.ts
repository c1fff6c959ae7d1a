import type { SiteAdapter } from '../types';
import { safely } from '../common/story';
import { wattpadUrls } from '../urls/wattpad';
import { extractWattpad } from '../wattpad/extract';

/** Wattpad. */
export const wattpad: SiteAdapter = {
  ...wattpadUrls,
  extract: (doc, url) => safely(() => extractWattpad(doc, url)),
};
