import { chapterText } from './normalize';

/**
 * Short fingerprints of normalised text (FNV-1a, 32 bits, 8 hex digits). They tell "this is still
 * the same paragraph / chapter" cheaply; they are not a security measure (anyone can forge one).
 */

/** FNV-1a over the UTF-16 code units of `text`, as 8 lowercase hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The fingerprint of one block's normalised text. */
export function blockFingerprint(text: string): string {
  return fnv1a(text);
}

/** The fingerprint of a whole chapter (its normalised blocks, as joined in its chapter text). */
export function chapterFingerprint(blocks: readonly string[]): string {
  return fnv1a(chapterText(blocks).text);
}

// Block fingerprints per blocks array, for "where did this paragraph move to" (resolve-position).
const cache = new WeakMap<readonly string[], readonly string[]>();

/** Every block's fingerprint (cached per array, like chapterText). */
export function blockFingerprints(blocks: readonly string[]): readonly string[] {
  let hashes = cache.get(blocks);
  if (!hashes) {
    hashes = blocks.map(blockFingerprint);
    cache.set(blocks, hashes);
  }
  return hashes;
}
