import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { takePopupData } from '@/components/popup/popup-prefetch';
import { applyPageFont, applyPageTheme, preparePageTheme } from '@/components/page-theme';
import '@/assets/pages.css';
import '@/assets/popup.css';

// Everything the first frame shows is read first (local data, a few milliseconds; asked for by
// the head's prefetch script while this module loaded), then the popup renders once, in the reader's theme: no spinner, no flash of another theme.
performance.mark('fic-reader:popup-script');
preparePageTheme();
void takePopupData().then((data) => {
  performance.mark('fic-reader:popup-data');
  if (data.fromSnapshot) performance.mark('fic-reader:popup-from-snapshot');
  applyPageTheme(data.settings);
  const root = document.getElementById('app');
  if (root) render(<PopupApp {...data} />, root);
  performance.mark('fic-reader:popup-rendered');
  // Titles take the reader's font once the first frame is out (a font loading must not hold it):
  // a frame callback runs before that frame paints, the task it queues after.
  requestAnimationFrame(() => setTimeout(() => applyPageFont(data.settings)));
});
