import type { SiteAdapter } from '../types';
import { safely } from '../common/story';
import { extractScribbleHub } from '../scribblehub/extract';
import { scribblehubUrls } from '../urls/scribblehub';

/** Scribble Hub. */
export const scribblehub: SiteAdapter = {
  ...scribblehubUrls,
  extract: (doc, url) => safely(() => extractScribbleHub(doc, url)),
};
