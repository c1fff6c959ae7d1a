/**
 * A random id for the content script: `crypto.randomUUID` where the page is a secure context,
 * else 16 random bytes in hex (`randomUUID` is missing on http pages, which the reader opens on
 * request; `getRandomValues` is not).
 */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
