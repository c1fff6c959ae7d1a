import {
  HIGHLIGHT_SLOTS,
  type HighlightNames,
  type HighlightSlot,
} from '../../settings/highlight-names';
import { COLORS } from './page-highlights';

/** The bar's size: five 28 px swatches, 4 px apart, in 6 px of padding. */
const SWATCH = 28;
const GAP = 4;
const PAD = 6;
export const BAR_WIDTH =
  PAD * 2 + SWATCH * HIGHLIGHT_SLOTS.length + GAP * (HIGHLIGHT_SLOTS.length - 1);
export const BAR_HEIGHT = PAD * 2 + SWATCH;
/** Space kept between the bar and the selection, and from the window's edges. */
const MARGIN = 8;

const CSS = `
:host { all: initial; }
.bar { display: flex; gap: ${GAP}px; padding: ${PAD}px; box-sizing: border-box;
  width: ${BAR_WIDTH}px; height: ${BAR_HEIGHT}px; background: #1f2328; border-radius: 8px;
  box-shadow: 0 2px 10px rgb(0 0 0 / 0.3); }
button { all: unset; box-sizing: border-box; width: ${SWATCH}px; height: ${SWATCH}px;
  border-radius: 50%; border: 2px solid #1f2328; cursor: pointer; }
button:hover, button:focus-visible { border-color: #fff; }
`;

/**
 * The colour swatches shown by a selection on the site's own page (the reader switched off
 * there): the page gets one element with a closed shadow root, placed over the page and gone
 * when the selection is. Only the reader's real clicks count: a click the page's scripts
 * dispatch is not trusted and does nothing (issue 9: the page cannot drive the reader).
 */
export class PageHighlightBar {
  private host: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly names: HighlightNames,
    private readonly onPick: (color: HighlightSlot) => void,
  ) {}

  /** Shows the bar above the selection's box (below it when there is no room above). */
  show(box: { left: number; top: number; bottom: number; width: number }): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const host = this.host ?? this.build();
    const left = Math.max(
      MARGIN,
      Math.min(box.left + box.width / 2 - BAR_WIDTH / 2, win.innerWidth - BAR_WIDTH - MARGIN),
    );
    const above = box.top - BAR_HEIGHT - MARGIN;
    const top =
      above >= MARGIN
        ? above
        : Math.min(box.bottom + MARGIN, win.innerHeight - BAR_HEIGHT - MARGIN);
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    if (!host.isConnected) this.doc.documentElement.append(host);
  }

  /** Takes the bar away. */
  hide(): void {
    this.host?.remove();
  }

  /** True while the bar is on the page. */
  get shown(): boolean {
    return this.host?.isConnected ?? false;
  }

  /**
   * True when the bar is drawn as we drew it and the click landed on it: the page's scripts can
   * restyle the element or cover it (to have a click on what the reader cannot see count).
   */
  private intact(event: MouseEvent): boolean {
    const host = this.host;
    const win = this.doc.defaultView;
    if (!host?.isConnected || !win) return false;
    const style = win.getComputedStyle(host);
    const drawn =
      style.opacity === '1' &&
      style.visibility === 'visible' &&
      style.display !== 'none' &&
      style.filter === 'none' &&
      style.transform === 'none' &&
      style.clipPath === 'none';
    // A click from the keyboard (detail 0) has no point; a pointer's must be on the bar itself.
    return (
      drawn &&
      (event.detail === 0 || this.doc.elementFromPoint(event.clientX, event.clientY) === host)
    );
  }

  private build(): HTMLElement {
    const host = this.doc.createElement('fic-reader-highlight-bar');
    const place: [string, string][] = [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['z-index', '2147483647'],
      ['display', 'block'],
    ];
    for (const [name, value] of place) host.style.setProperty(name, value, 'important');
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CSS;
    const bar = this.doc.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Highlight with Fic Reader');
    for (const slot of HIGHLIGHT_SLOTS) {
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.style.background = COLORS[slot];
      button.title = `Highlight: ${this.names[slot]}`;
      button.setAttribute('aria-label', `Highlight: ${this.names[slot]}`);
      // Pressing a swatch must not take the selection away before the click reads it.
      button.addEventListener('pointerdown', (event) => event.preventDefault());
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', (event) => {
        if (event.isTrusted && this.intact(event)) this.onPick(slot);
      });
      bar.append(button);
    }
    root.append(style, bar);
    this.host = host;
    return host;
  }
}
