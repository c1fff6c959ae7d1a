import { siteContentScript } from '@/lib/content/site-content-script';
import { scribblehub } from '@/lib/sites/adapters/scribblehub';

export default siteContentScript(scribblehub);
