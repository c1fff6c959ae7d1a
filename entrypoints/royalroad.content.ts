import { siteContentScript } from '@/lib/content/site-content-script';
import { royalroad } from '@/lib/sites/adapters/royalroad';

export default siteContentScript(royalroad);
