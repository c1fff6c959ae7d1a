import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomePage } from '@/components/WelcomePage';
import { SHORTCUTS } from '@/lib/reader/keys';
import { paletteCss } from '@/lib/reader/style-vars';
import { SITE_URLS as SITES } from '@/lib/sites/site-urls';
import '@/assets/welcome.css';

// The first-run page (lib/background/first-run.ts opens it once, on install).
const palette = document.createElement('style');
palette.textContent = paletteCss();
document.head.append(palette);

const root = document.getElementById('app');
if (root) {
  render(
    <WelcomePage
      sites={SITES}
      shortcuts={SHORTCUTS}
      libraryUrl={browser.runtime.getURL('/library.html')}
      iconUrl={browser.runtime.getURL('/icons/icon-128.png')}
    />,
    root,
  );
}
