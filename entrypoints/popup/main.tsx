import { render } from 'preact';
import { paletteCss } from '@/lib/reader/style-vars';
import { App } from './App';
import '@/assets/reader/tokens.css';
import '@/assets/reader/panels.css';
import '@/assets/popup.css';

// The popup shares the reader's palette and form styles.
const palette = document.createElement('style');
palette.textContent = paletteCss();
document.head.append(palette);

const root = document.getElementById('app');
if (root) render(<App />, root);
