import type { FontFamily } from '../settings/values';
import { fontFaces } from './fonts';

const added = new Set<FontFamily>();

/**
 * Registers a bundled family's faces with the page's font set (fonts declared inside a shadow
 * root are ignored by browsers, so they are added to the document, under our own family names).
 * The files are the extension's own; nothing is fetched from the network. Each face loads only
 * when text uses it; the regular face starts loading now so the first frame can use it.
 */
export function loadFonts(
  doc: Document,
  family: FontFamily,
  urlOf: (file: string) => string,
): void {
  if (added.has(family) || typeof FontFace === 'undefined') return;
  added.add(family);
  for (const face of fontFaces(family)) {
    const font = new FontFace(face.family, `url("${urlOf(face.file)}") format("woff2")`, {
      weight: face.weight,
      style: face.style,
      unicodeRange: face.unicodeRange,
      display: 'swap',
    });
    doc.fonts.add(font);
    if (face.weight === '400' && face.style === 'normal') void font.load().catch(() => {});
  }
}
