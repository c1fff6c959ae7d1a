import type { FontFamily } from '../settings/values';

/**
 * The reader's fonts. The named families are bundled (OFL, from @fontsource, copied into the
 * build by wxt.config.ts): no font is ever fetched from the network. Each is registered under a
 * name of our own so it can never clash with a font of the page.
 */

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

interface Bundled {
  /** The @fontsource package and file prefix. */
  source: string;
  subsets: readonly ('latin' | 'latin-ext')[];
}

interface FontDef {
  /** The CSS font-family value the reader uses. */
  stack: string;
  bundled?: Bundled & { family: string };
}

/** Every font family the reader offers. */
export const FONTS: Record<FontFamily, FontDef> = {
  literata: {
    stack: '"Fic Reader Literata", Literata, Georgia, "Noto Serif", serif',
    bundled: { family: 'Fic Reader Literata', source: 'literata', subsets: ['latin', 'latin-ext'] },
  },
  atkinson: {
    stack: '"Fic Reader Atkinson", "Atkinson Hyperlegible", system-ui, sans-serif',
    bundled: {
      family: 'Fic Reader Atkinson',
      source: 'atkinson-hyperlegible',
      subsets: ['latin', 'latin-ext'],
    },
  },
  opendyslexic: {
    stack: '"Fic Reader OpenDyslexic", OpenDyslexic, "Comic Sans MS", sans-serif',
    bundled: { family: 'Fic Reader OpenDyslexic', source: 'opendyslexic', subsets: ['latin'] },
  },
  sans: {
    stack: '"Fic Reader Sans", "Source Sans 3", "Noto Sans", system-ui, sans-serif',
    bundled: {
      family: 'Fic Reader Sans',
      source: 'source-sans-3',
      subsets: ['latin', 'latin-ext'],
    },
  },
  'system-serif': { stack: 'Georgia, "Noto Serif", "DejaVu Serif", "Times New Roman", serif' },
  'system-sans': { stack: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif' },
};

/** One face to register: a family, a bundled file and its descriptors. */
export interface FaceSpec {
  family: string;
  /** Path of the file inside the extension ("fonts/literata-latin-400-normal.woff2"). */
  file: string;
  weight: '400' | '700';
  style: 'normal' | 'italic';
  unicodeRange: string;
}

const WEIGHTS = ['400', '700'] as const;
const STYLES = ['normal', 'italic'] as const;

/** The faces of a family (none for system fonts). */
export function fontFaces(family: FontFamily): FaceSpec[] {
  const bundled = FONTS[family].bundled;
  if (!bundled) return [];
  return bundled.subsets.flatMap((subset) =>
    WEIGHTS.flatMap((weight) =>
      STYLES.map((style) => ({
        family: bundled.family,
        file: `fonts/${bundled.source}-${subset}-${weight}-${style}.woff2`,
        weight,
        style,
        unicodeRange: subset === 'latin' ? LATIN : LATIN_EXT,
      })),
    ),
  );
}

/** Every bundled font file: `[package, file name]`, for the build to copy. */
export function bundledFontFiles(): { pkg: string; file: string }[] {
  return (Object.keys(FONTS) as FontFamily[]).flatMap((family) => {
    const source = FONTS[family].bundled?.source;
    if (!source) return [];
    return fontFaces(family).map((face) => ({
      pkg: `@fontsource/${source}`,
      file: face.file.replace(/^fonts\//, ''),
    }));
  });
}
