/** Small pure helpers the site adapters share for reading URLs. */

/** True when `url`'s host is one of `hosts` (exact names, lower-case). */
export function isHost(url: URL, hosts: readonly string[]): boolean {
  return hosts.includes(url.hostname.toLowerCase());
}

/** The path without a trailing slash ("/" stays "/"). */
export function trimmedPath(url: URL): string {
  const path = url.pathname.replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/** The identity of a page opened on request on a site we have no adapter for: its address. */
export function webWorkId(url: URL): string {
  return `${url.origin}${trimmedPath(url)}`;
}

/** True for http: and https: URLs, the only ones the reader links to or records. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
