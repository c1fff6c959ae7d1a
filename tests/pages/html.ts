/** Tiny helpers for building fixture pages. */

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Paragraphs of plain text as `<p>` elements. */
export function paras(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
}

/** Words in plain text, counted the way the archives count them (runs of non-space). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** "70561" -> "70,561", as AO3 prints numbers. */
export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}
