/**
 * A chapter's normalised block texts as an array whose entries are read only when asked for.
 * Re-anchoring an unchanged highlight needs one block's text (resolveAnchor's first check);
 * only a highlight whose text changed needs the whole chapter. On a 500,000-word work, reading
 * every block's text up front would cost more than placing 500 highlights (issue 11's budget).
 * Treat it as frozen (lib/anchoring caches chapter texts per array): make a new one when the
 * chapter grows.
 */
export function lazyBlocks(length: number, text: (block: number) => string): readonly string[] {
  return new Proxy([] as string[], {
    get(target, key, receiver) {
      if (key === 'length') return length;
      if (typeof key === 'string') {
        const index = Number(key);
        if (Number.isInteger(index) && index >= 0 && String(index) === key) {
          return index < length ? text(index) : undefined;
        }
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === 'string' && /^\d+$/.test(key)) return Number(key) < length;
      return Reflect.has(target, key);
    },
  });
}
