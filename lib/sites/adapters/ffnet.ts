import type { SiteAdapter } from '../types';
import { safely } from '../common/story';
import { extractFfn } from '../ffnet/extract';
import { ffnetUrls } from '../urls/ffnet';

/** FanFiction.Net. */
export const ffnet: SiteAdapter = {
  ...ffnetUrls,
  extract: (doc, url) => safely(() => extractFfn(doc, url, 'ffnet', ffnetUrls.name)),
};
