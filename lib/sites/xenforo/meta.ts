import type { Link, WorkStatus } from '../types';
import { isElement, isText } from '../common/dom';
import { linkOf, linksOf } from '../common/links';
import { isoDate, isoDateFromUnix, textOf } from '../common/text';
import { xenforoThreadRef } from './url';

/**
 * The thread's metadata from the page header (SELECTORS.md section 6): h1.p-title-value with its
 * prefix labels, the "Thread starter" and "Start date" in div.p-description, the tag list.
 */

// Prefix labels inside the title: a.labelLink > span.label, then a spacer.
const PREFIX = '.label, .labelLink, .label-append';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text of `el` without what matches `skip` (the page is read, never changed). */
function textWithout(el: Element, skip: string): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (isText(child)) out += child.textContent ?? '';
      else if (isElement(child) && !child.matches(skip)) walk(child);
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/** The thread title without its prefixes, and the prefixes. */
export function threadTitle(
  doc: Document,
  siteName: string,
): { title: string; prefixes: string[] } {
  const h1 = doc.querySelector('.p-body-header h1.p-title-value, h1.p-title-value');
  const prefixes = Array.from(h1?.querySelectorAll('.label') ?? []).map((l) => textOf(l));
  const title =
    (h1 && textWithout(h1, PREFIX)) ||
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ||
    doc.title.replace(new RegExp(`\\s*\\|\\s*${escapeRegExp(siteName)}\\s*$`, 'i'), '').trim();
  return { title, prefixes };
}

/** The thread starter: the header's "Thread starter", else the author of the first story post. */
export function threadStarter(doc: Document, firstPost: Element | undefined, base: URL): Link[] {
  const starter =
    doc.querySelector('.p-description a.username') ??
    firstPost?.querySelector('.message-user a.username, .message-name a.username');
  if (starter) return [linkOf(starter, base)];
  const name = firstPost?.getAttribute('data-author')?.trim();
  return name ? [{ name }] : [];
}

/** The thread's tags. */
export function threadTags(doc: Document, base: URL): Link[] {
  return linksOf(
    doc,
    '.p-body-header a.tagItem, .tagList a.tagItem, dd.tagList a.tagItem, .js-tagList a.tagItem',
    base,
  );
}

/** The story's state, when the page says it: a "Status" pair (QQ: "Index progress") or a prefix. */
export function threadStatus(doc: Document, prefixes: readonly string[]): WorkStatus {
  const said: string[] = [...prefixes];
  for (const dt of doc.querySelectorAll('dl.pairs > dt')) {
    // Posters' profile fields (dl.pairs in the user cell) are not the thread's.
    if (dt.closest('article.message')) continue;
    if (/^(?:status|index progress)$/i.test(textOf(dt))) said.push(textOf(dt.nextElementSibling));
  }
  for (const text of said) {
    if (/\bincomplete\b|\bongoing\b|in[- ]progress|\bhiatus\b|\bwip\b/i.test(text))
      return 'in-progress';
    if (/^(?:complete|completed|finished)$/i.test(text.trim())) return 'complete';
  }
  return 'unknown';
}

/** The day the thread was started ("Start date" in the header). */
export function threadStarted(doc: Document): string | undefined {
  const time = doc.querySelector('.p-description time[data-time], .p-description time[datetime]');
  const unix = Number(time?.getAttribute('data-time'));
  return unix > 0 ? isoDateFromUnix(unix) : isoDate(time?.getAttribute('datetime'));
}

/** The thread's id and slug: from the URL, else from the page's canonical link or its content key. */
export function threadIdentity(doc: Document, url: URL): { workId: string; slug?: string } | null {
  const fromUrl = xenforoThreadRef(url);
  let fromPage: { workId: string; slug?: string } | null = null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  try {
    if (canonical) fromPage = xenforoThreadRef(new URL(canonical, url));
  } catch {
    // A broken canonical link says nothing.
  }
  const key = /^thread-(\d+)$/.exec(
    doc.documentElement.getAttribute('data-content-key') ?? '',
  )?.[1];
  const workId = fromUrl?.workId ?? fromPage?.workId ?? key;
  if (!workId) return null;
  const slug = fromUrl?.slug ?? (fromPage?.workId === workId ? fromPage.slug : undefined);
  return slug ? { workId, slug } : { workId };
}
