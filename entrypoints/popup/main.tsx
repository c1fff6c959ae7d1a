import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { loadPopup } from '@/components/popup/load-popup';
import { applyPageFont, applyPageTheme, preparePageTheme } from '@/components/page-theme';
import '@/assets/pages.css';
import '@/assets/popup.css';

// Everything the first frame shows is read first (local data, a few milliseconds), then the
// popup renders once, in the reader's theme: no spinner, no flash of another theme.
preparePageTheme();
void loadPopup().then((data) => {
  applyPageTheme(data.settings);
  applyPageFont(data.settings);
  const root = document.getElementById('app');
  if (root) render(<PopupApp {...data} />, root);
  performance.mark('fic-reader:popup-rendered');
});
