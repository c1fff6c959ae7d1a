import type { Link } from '../types';
import { textOf } from './text';

/** An absolute http(s) URL for an href on the page, or undefined. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link's name and absolute URL. */
export function linkOf(anchor: Element, base: URL): Link {
  const url = absoluteUrl(anchor.getAttribute('href'), base);
  return url ? { name: textOf(anchor), url } : { name: textOf(anchor) };
}

/** Every anchor matching `selector` under `root` as links, without empty names or repeats. */
export function linksOf(root: ParentNode | null | undefined, selector: string, base: URL): Link[] {
  if (!root) return [];
  const seen = new Set<string>();
  const links: Link[] = [];
  for (const anchor of root.querySelectorAll(selector)) {
    const link = linkOf(anchor, base);
    if (link.name && !seen.has(link.name)) {
      seen.add(link.name);
      links.push(link);
    }
  }
  return links;
}
