import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { prefetchPopup } from '@/components/popup/popup-prefetch';

// Loaded by popup.html's <head> as a classic script, before its modules (see popup-prefetch.ts).
export default defineUnlistedScript(() => prefetchPopup());
