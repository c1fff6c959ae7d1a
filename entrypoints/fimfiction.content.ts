import { siteContentScript } from '@/lib/content/site-content-script';
import { fimfiction } from '@/lib/sites/adapters/fimfiction';

export default siteContentScript(fimfiction);
