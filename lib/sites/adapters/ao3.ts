import type { SiteUrls } from '../types';
import { AO3_EXAMPLES, AO3_HOSTS, identifyAo3 } from '../ao3/url';

/** Archive of Our Own. */
export const ao3: SiteUrls = {
  id: 'ao3',
  name: 'Archive of Our Own',
  hosts: AO3_HOSTS,
  identify: identifyAo3,
  examples: AO3_EXAMPLES,
};
