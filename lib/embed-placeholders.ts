/**
 * Embedded video and audio in a story (fanvids, podfics: <video>, <audio>, and <iframe>, <embed>
 * or <object> players from YouTube, Vimeo, SoundCloud, the Internet Archive...) cannot play in
 * the reader, which loads nothing from the network. Dropping them without a trace hid whole works
 * (issue 13): each becomes an inert placeholder that says what was there and links to the page it
 * came from, where it plays. Runs on the untrusted markup, parsed inert, before DOMPurify
 * (lib/sanitize.ts, the one place untrusted HTML is parsed).
 */

const MEDIA = 'video, audio, iframe, embed, object';
/** True when an HTML string may hold media (a cheap test before anything is parsed). */
export const MEDIA_TAG = /<(?:video|audio|iframe|embed|object)\b/i;

type Kind = 'video' | 'audio' | 'media';

// Players whose host says what they play.
const HOST_KINDS: readonly [RegExp, Kind][] = [
  [
    /(?:^|\.)(?:youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com)$/,
    'video',
  ],
  [/(?:^|\.)(?:soundcloud\.com|bandcamp\.com|spotify\.com|mixcloud\.com)$/, 'audio'],
];
const AUDIO_FILE = /\.(?:mp3|m4a|m4b|aac|ogg|oga|opus|wav|flac)(?:[?#]|$)/i;
const VIDEO_FILE = /\.(?:mp4|m4v|webm|ogv|mov|avi|mkv)(?:[?#]|$)/i;
// Subdomains that name the player, not the service ("player.vimeo.com" is vimeo.com).
const PLAYER_SUBDOMAIN = /^(?:www|m|player|w|embed|open|media)\./;

/** Where the element's media comes from, as the page gives it. */
function sourceOf(el: Element): string {
  return (
    el.getAttribute('src') ??
    el.getAttribute('data') ??
    el.querySelector('source[src]')?.getAttribute('src') ??
    el.querySelector('param[name="movie" i], param[name="src" i]')?.getAttribute('value') ??
    ''
  );
}

function hostOf(src: string, base: string): string | undefined {
  if (!src.trim()) return undefined;
  try {
    const url = new URL(src, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.hostname.toLowerCase().replace(PLAYER_SUBDOMAIN, '');
  } catch {
    return undefined;
  }
}

function kindOf(el: Element, src: string, host: string | undefined): Kind {
  const tag = el.tagName.toLowerCase();
  if (tag === 'video' || tag === 'audio') return tag;
  const type = el.getAttribute('type') ?? '';
  if (/^audio\//i.test(type) || AUDIO_FILE.test(src)) return 'audio';
  if (/^video\//i.test(type) || VIDEO_FILE.test(src)) return 'video';
  for (const [pattern, kind] of HOST_KINDS) if (host && pattern.test(host)) return kind;
  return 'media';
}

/** What the placeholder says: "Embedded video from youtube.com". */
export function embedLabel(el: Element, base: string): string {
  const src = sourceOf(el);
  const host = hostOf(src, base);
  return `Embedded ${kindOf(el, src, host)}${host ? ` from ${host}` : ''}`;
}

function pageLink(base: string): string | undefined {
  try {
    const url = new URL(base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function placeholder(el: Element, base: string, mark: string): Element {
  const doc = el.ownerDocument;
  const box = doc.createElement('span');
  box.className = mark;
  const label = doc.createElement('span');
  label.className = `${mark}-label`;
  label.textContent = embedLabel(el, base);
  box.append(label);
  const href = pageLink(base);
  // A link inside a link would be split apart by the parser: the outer one is enough then.
  if (href && !el.parentElement?.closest('a')) {
    const a = doc.createElement('a');
    a.href = href;
    a.textContent = 'Open it on the site';
    box.append(' ', a);
  }
  return box;
}

/**
 * Replaces the media elements under `root` (inert markup, never shown) with placeholders whose
 * classes start with `mark` (`mark`, `mark-label`: a name the page cannot guess, so the sanitizer
 * can tell them from the story's own classes). `base` is the page the markup came from: the
 * placeholder links to it.
 */
export function replaceMedia(root: ParentNode, base: string, mark: string): void {
  for (const el of Array.from(root.querySelectorAll(MEDIA))) {
    // The outermost player stands for what it holds (a <video> inside an <object>).
    if (el.parentElement?.closest(MEDIA)) continue;
    el.replaceWith(placeholder(el, base, mark));
  }
}
