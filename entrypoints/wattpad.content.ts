import { siteContentScript } from '@/lib/content/site-content-script';
import { wattpad } from '@/lib/sites/adapters/wattpad';

export default siteContentScript(wattpad);
