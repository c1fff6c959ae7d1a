import type { ToFrame } from './messages';

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * Checks a message from the content script before the reader frame uses it. Story HTML is
 * untrusted anyway (it reaches the screen only through lib/sanitize.ts); this keeps a message of
 * the wrong shape from throwing deep inside the reader.
 */
export function parseToFrame(data: unknown): ToFrame | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'story': {
      if (!Array.isArray(m.blocks) || !isString(m.baseUrl)) return null;
      const site = m.site as Record<string, unknown> | undefined;
      if (!site || !isString(site.id) || !isString(site.name)) return null;
      const deltasOk = m.blocks.every((d: unknown) => {
        const b = d as Record<string, unknown>;
        return (
          isString(b?.chapterId) &&
          Number.isInteger(b.from) &&
          Array.isArray(b.blocks) &&
          b.blocks.every(isString)
        );
      });
      const head = m.head as Record<string, unknown> | undefined;
      if (
        !deltasOk ||
        (head !== undefined && (!isString(head.title) || !Array.isArray(head.chapters)))
      )
        return null;
      return data as ToFrame;
    }
    case 'timing':
      return (m.name === 'start' || m.name === 'page-read') && typeof m.at === 'number'
        ? (data as ToFrame)
        : null;
    case 'show-chapter':
      return isString(m.chapterId) ? (data as ToFrame) : null;
    default:
      return null;
  }
}
