import { siteContentScript } from '@/lib/content/site-content-script';
import { questionablequesting } from '@/lib/sites/adapters/questionablequesting';

export default siteContentScript(questionablequesting);
