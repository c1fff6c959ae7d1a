import { siteContentScript } from '@/lib/content/site-content-script';
import { spacebattles } from '@/lib/sites/adapters/spacebattles';

export default siteContentScript(spacebattles);
