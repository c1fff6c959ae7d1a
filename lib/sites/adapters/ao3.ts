import type { SiteAdapter } from '../types';
import { extractOtw } from '../ao3/extract';
import { AO3_EXAMPLES, AO3_HOSTS, identifyAo3 } from '../ao3/url';
import { safely } from '../common/story';

/** Archive of Our Own. */
export const ao3: SiteAdapter = {
  id: 'ao3',
  name: 'Archive of Our Own',
  hosts: AO3_HOSTS,
  identify: identifyAo3,
  extract: (doc, url) => safely(() => extractOtw(doc, url, 'ao3', 'Archive of Our Own')),
  examples: AO3_EXAMPLES,
};
