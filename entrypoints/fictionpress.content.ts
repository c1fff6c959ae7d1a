import { siteContentScript } from '@/lib/content/site-content-script';
import { fictionpress } from '@/lib/sites/adapters/fictionpress';

export default siteContentScript(fictionpress);
