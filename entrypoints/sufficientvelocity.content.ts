import { siteContentScript } from '@/lib/content/site-content-script';
import { sufficientvelocity } from '@/lib/sites/adapters/sufficientvelocity';

export default siteContentScript(sufficientvelocity);
