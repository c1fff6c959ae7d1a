import DOMPurify, { type Config } from 'dompurify';
import { DROPPED_WITH_CONTENTS } from './dropped-contents';
import { MEDIA_TAG, replaceMedia } from './embed-placeholders';
import type { UntrustedHtml } from './sites/types';

/**
 * The only place untrusted HTML becomes DOM. Story text, summaries and notes come from pages we
 * do not control; here they lose scripts, event handlers, styles, forms, frames and every link
 * that is not http(s). What remains is inert content for the reader's shadow root. Embedded video
 * and audio become placeholders first (embed-placeholders.ts): `.fr-embed` with its
 * `.fr-embed-label` and a link to the page where it plays.
 */

// Tags dropped with their content, on top of DOMPurify's HTML profile (which already drops
// <script> and friends). <style> is the big one: a story must not restyle or cover the reader.
const FORBID_TAGS = [
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'template',
  'noscript',
  'dialog',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'marquee',
  'portal',
];
const FORBID_ATTR = [
  'style',
  'srcset',
  'sizes',
  'ping',
  'tabindex',
  'contenteditable',
  'autofocus',
  'accesskey',
  'draggable',
  'popover',
  'background',
  'width',
  'height',
  'target',
  'rel',
];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: false; RETURN_TRUSTED_TYPE: false } = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  ADD_FORBID_CONTENTS: [...DROPPED_WITH_CONTENTS],
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  // Story ids become `user-content-<id>` so they cannot collide with the reader's own.
  SANITIZE_NAMED_PROPS: true,
  // Relative URLs are made absolute in a hook below; after that only these remain.
  ALLOWED_URI_REGEXP: /^(?:https?:\/\/|#)/i,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
};

/** Classes the reader gives text that the site centred, italicised... with inline styles. */
const STYLE_CLASSES: readonly [RegExp, string][] = [
  [/text-align\s*:\s*center/i, 'fr-center'],
  [/text-align\s*:\s*right/i, 'fr-right'],
  [/font-style\s*:\s*italic/i, 'fr-italic'],
  [/font-weight\s*:\s*(?:bold|[6-9]00)/i, 'fr-bold'],
  [/text-decoration[^;]*underline/i, 'fr-underline'],
  [/text-decoration[^;]*line-through/i, 'fr-strike'],
];

const SAFE_CLASS = /^[A-Za-z_][\w-]{0,63}$/;

// The class of our own embed placeholders while they pass through DOMPurify: random per load, so
// a story cannot dress its own markup as one. They leave as `fr-embed` / `fr-embed-label`.
const EMBED_MARK = `fr${Array.from(crypto.getRandomValues(new Uint32Array(3)), (n) => n.toString(36)).join('')}`;
const URL_ATTRS = new Set(['href', 'src', 'cite', 'action', 'formaction', 'xlink:href', 'poster']);

// The base URL of the call in progress (sanitize() is synchronous, so one at a time).
let currentBase = 'about:blank';

function absoluteHttpUrl(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.startsWith('#')) return trimmed;
  try {
    const url = new URL(trimmed, currentBase);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const purify = DOMPurify(typeof window === 'undefined' ? undefined : window);
// Set once: passing the config to every sanitize() call re-parses it each time, a sixth of the
// cost of rendering a long chapter (issue 7).
purify.setConfig(CONFIG);

purify.addHook('beforeSanitizeAttributes', (element) => {
  // DOMPurify also calls attribute hooks for non-element nodes (text, the fragment root).
  if (element.nodeType !== Node.ELEMENT_NODE) return;
  const classes: string[] = [];
  // Work-skin classes keep their meaning under an `s-` prefix: the reader's stylesheet styles the
  // ones it knows, and no story class can ever match one of the reader's own rules.
  for (const name of (element.getAttribute('class') ?? '').split(/\s+/)) {
    if (name === EMBED_MARK || name.startsWith(`${EMBED_MARK}-`)) {
      classes.push(`fr-embed${name.slice(EMBED_MARK.length)}`);
    } else if (SAFE_CLASS.test(name)) classes.push(`s-${name}`);
  }
  const style = element.getAttribute('style');
  if (style) {
    for (const [pattern, name] of STYLE_CLASSES) if (pattern.test(style)) classes.push(name);
  }
  if (classes.length > 0) element.setAttribute('class', classes.join(' '));
  else element.removeAttribute('class');
});

purify.addHook('uponSanitizeAttribute', (_node, data) => {
  if (!URL_ATTRS.has(data.attrName)) return;
  const url = absoluteHttpUrl(data.attrValue);
  if (url === null) data.keepAttr = false;
  else data.attrValue = url;
});

purify.addHook('afterSanitizeAttributes', (element) => {
  if (element.nodeType !== Node.ELEMENT_NODE) return;
  if (element.tagName === 'A') {
    const href = element.getAttribute('href');
    if (href?.startsWith('#')) {
      // In-story footnote links point at the renamed ids.
      if (href.length > 1) element.setAttribute('href', `#user-content-${href.slice(1)}`);
    } else if (href) {
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer');
    }
  } else if (element.tagName === 'IMG') {
    element.setAttribute('loading', 'lazy');
    element.setAttribute('decoding', 'async');
  }
});

/**
 * The untrusted string with its media as placeholders (embed-placeholders.ts). It is parsed in a
 * template, whose document is inert (nothing loads or runs), never shown, and its string goes on
 * to DOMPurify. Most HTML holds no media and is not parsed here at all.
 */
function withEmbedPlaceholders(html: string, base: string): string {
  if (!MEDIA_TAG.test(html)) return html;
  const template = document.createElement('template');
  // eslint-disable-next-line no-unsanitized/property -- inert, never shown: its string goes on to DOMPurify.
  template.innerHTML = html;
  replaceMedia(template.content, base, EMBED_MARK);
  return template.innerHTML;
}

/**
 * Sanitizes untrusted HTML into an inert fragment. `baseUrl` is the page the HTML came from:
 * relative links and images resolve against it.
 *
 * Why a string first: in Chromium, HTML parsed from a content script's isolated world keeps its
 * inline event handlers (onerror...) bound in the page's main world even after the attribute is
 * removed, so nodes from DOMPurify's own parse must never be adopted into the page (an <img
 * onerror> fired from the reader in our tests). The clean string holds no handler attribute, and
 * the nodes built from it never had one.
 */
export function sanitize(html: UntrustedHtml, baseUrl: string): DocumentFragment {
  currentBase = baseUrl;
  let clean: string;
  try {
    clean = purify.sanitize(withEmbedPlaceholders(html, baseUrl)) as string;
  } finally {
    currentBase = 'about:blank';
  }
  // A template's content belongs to an inert document: nothing in it loads or runs.
  const template = document.createElement('template');
  // eslint-disable-next-line no-unsanitized/property -- `clean` is DOMPurify's output, above.
  template.innerHTML = clean;
  return template.content;
}
