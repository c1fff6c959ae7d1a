import { defineWebExtConfig } from 'wxt';

// `wxt dev` must not try to start a browser of its own: the machines here have no display and
// no downloadable browsers. Load .output/<target> by hand, or use `npm run demo`.
export default defineWebExtConfig({ disabled: true });
