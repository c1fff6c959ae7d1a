import { siteContentScript } from '@/lib/content/site-content-script';
import { ffnet } from '@/lib/sites/adapters/ffnet';

export default siteContentScript(ffnet);
