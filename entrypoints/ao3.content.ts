import { siteContentScript } from '@/lib/content/site-content-script';
import { ao3 } from '@/lib/sites/adapters/ao3';

export default siteContentScript(ao3);
