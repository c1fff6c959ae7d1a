import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { preparePageTheme } from '@/components/page-theme';
import '@/assets/reader/panels.css';
import '@/assets/pages.css';
import '@/assets/library.css';

// The last theme first, so the page never flashes another one while the settings load.
preparePageTheme();
const root = document.getElementById('app');
if (root) render(<LibraryApp />, root);
