import type { FromFrame } from './messages';

/**
 * Checks a message from the reader frame before the content script acts on it. The frame is our
 * own page, but the content script trusts nothing it did not check: a closed set of requests,
 * bounded strings, and a `navigate` only to an http(s) address.
 */
export function parseFromFrame(data: unknown): FromFrame | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'first-frame':
      return typeof m.at === 'number' && Number.isFinite(m.at)
        ? { type: 'first-frame', at: m.at }
        : null;
    case 'close': {
      const at = m.at as Record<string, unknown> | undefined;
      if (at === undefined) return { type: 'close' };
      return typeof at === 'object' &&
        at !== null &&
        typeof at.chapterId === 'string' &&
        at.chapterId.length <= 200 &&
        Number.isInteger(at.block) &&
        (at.block as number) >= 0
        ? { type: 'close', at: { chapterId: at.chapterId, block: at.block as number } }
        : null;
    }
    case 'navigate': {
      if (typeof m.url !== 'string' || m.url.length > 4096) return null;
      try {
        const url = new URL(m.url);
        return url.protocol === 'https:' || url.protocol === 'http:'
          ? { type: 'navigate', url: url.href }
          : null;
      } catch {
        return null;
      }
    }
    case 'comments':
      return { type: 'comments' };
    case 'failed':
      return typeof m.reason === 'string'
        ? { type: 'failed', reason: m.reason.slice(0, 500) }
        : null;
    default:
      return null;
  }
}
