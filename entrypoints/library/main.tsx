import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { preparePageTheme } from '@/components/page-theme';
import '@/assets/reader/panels.css';
import '@/assets/pages.css';
import '@/assets/library/page.css';
import '@/assets/library/filters.css';
import '@/assets/library/works.css';
import '@/assets/library/work-page.css';
import '@/assets/library/highlights.css';
import '@/assets/library/stats.css';
import '@/assets/library/settings.css';

// The last theme first, so the page never flashes another one while the settings load.
preparePageTheme();
const root = document.getElementById('app');
if (root) render(<LibraryApp />, root);
