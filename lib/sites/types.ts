/**
 * The shapes every site adapter speaks: what a page is (a story, or why not), which work and
 * chapter it belongs to, and the story itself. Everything here is plain data (JSON-safe), so the
 * CLI can print it and the content script can hand it to the reader.
 */

/** Sites with an adapter that runs automatically on their pages. */
export type KnownSiteId =
  | 'ao3'
  | 'ffnet'
  | 'fictionpress'
  | 'royalroad'
  | 'spacebattles'
  | 'sufficientvelocity'
  | 'questionablequesting'
  | 'wattpad'
  | 'fimfiction'
  | 'scribblehub';

/**
 * A site: a known one, another install of the AO3 software (recognised by its markup, opened on
 * request), or any other web page opened on request.
 */
export type SiteId = KnownSiteId | `otw:${string}` | 'web';

/** A work, independent of which of its URLs opened it. */
export interface WorkRef {
  site: SiteId;
  workId: string;
}

/** One chapter of a work. */
export interface ChapterRef extends WorkRef {
  chapterId: string;
}

/**
 * What a URL alone says about the page: which work, and which chapter when the URL names one.
 * A few sites name only the chapter in their chapter URLs (Wattpad parts); the page says the rest.
 */
export interface UrlIdentity {
  site: SiteId;
  workId?: string;
  chapterId?: string;
  /** The page shows the whole work (AO3 `?view_full_work=true`) or several chapters. */
  whole?: boolean;
}

/** Untrusted HTML from a page. It reaches the screen only through lib/sanitize.ts. */
export type UntrustedHtml = string;

/** A person or tag with its link on the site, when it has one. */
export interface Link {
  name: string;
  url?: string;
}

/** A series a work belongs to. */
export interface SeriesRef {
  title: string;
  url?: string;
  /** The work's place in the series ("Part 2 of ..."). */
  part?: number;
}

/** An entry of a work's chapter list. */
export interface TocEntry {
  title: string;
  url: string;
  chapterId?: string;
  current?: boolean;
}

/** One chapter as it appears on the page. */
export interface Chapter {
  /** Stable per work: the site's chapter id, or its number when the site has no id. */
  id: string;
  /**
   * 1-based position in the work, when the page says it (a chapter list, the site's own count).
   * Absent when the page does not tell: a reader must not guess it from the chapter's title.
   */
  number?: number;
  /**
   * The chapter's title as its author gave it, without the numbering a site adds in its own lists
   * (FFN's "11. "). It may carry the author's own numbering ("Chapter 1: Loomings", "Ch 10: ...")
   * and that may differ from `number` (a prologue, an interlude): a reader that shows "Chapter N"
   * above it should first ask `titleStatesNumber(title, number)` (common/chapter-title.ts).
   */
  title?: string;
  summary?: UntrustedHtml;
  /** Author's notes before the text, kept apart from it. */
  notesBefore?: UntrustedHtml;
  /** Author's notes after the text. */
  notesAfter?: UntrustedHtml;
  /**
   * The text, one entry per top-level block (paragraph, scene break, image, work-skin box...).
   * A block index is a stable paragraph address for reading positions and highlights.
   */
  blocks: UntrustedHtml[];
  /** Words in the text (not the notes). */
  words: number;
  /** The chapter's own URL on the site, when it has one. */
  url?: string;
  /** False while the page is still loading this chapter (the reader streams it). */
  complete: boolean;
}

/** Completion state as the site gives it. */
export type WorkStatus = 'complete' | 'in-progress' | 'unknown';

/** A story page: the work's metadata and the chapters on this page. */
export interface Story {
  site: SiteId;
  /** Human name of the site ("Archive of Our Own"). */
  siteName: string;
  workId: string;
  /** The chapter the page is about; absent when it shows the whole work. */
  chapterId?: string;
  /** How the page presents the work. */
  view: 'chapter' | 'single' | 'entire' | 'multi';
  /** The work's page on the site, whatever URL opened it (comments, kudos live there). */
  canonicalUrl: string;
  title: string;
  authors: Link[];
  fandoms: Link[];
  rating?: Link;
  warnings: Link[];
  categories: Link[];
  relationships: Link[];
  characters: Link[];
  additionalTags: Link[];
  /** BCP 47 language tag of the work when the site states it (e.g. "en", "es"). */
  language?: string;
  series: SeriesRef[];
  summary?: UntrustedHtml;
  /** Notes on the whole work (AO3 work notes). */
  notes?: UntrustedHtml;
  /** The work's end notes. */
  endNotes?: UntrustedHtml;
  status: WorkStatus;
  /** ISO 8601 date strings. */
  published?: string;
  updated?: string;
  /** Chapter count exactly as the site states it ("3/?", "12"). */
  chapterCount?: string;
  /** The work's word count as the site states it. */
  words?: number;
  chapters: Chapter[];
  /** The work's chapter list, when the page has one. */
  toc: TocEntry[];
  prevUrl?: string;
  nextUrl?: string;
  /** The page holds only part of the text (Wattpad loads the rest lazily). */
  partial?: boolean;
  /** The work's own stylesheet (an AO3 work skin): untrusted CSS, scoped to #workskin. */
  workSkin?: string;
}

/** Why a page on a supported site is not a story. */
export type NotStoryReason =
  'listing' | 'login-wall' | 'adult-gate' | 'not-found' | 'index' | 'unknown';

/** An adapter's answer for a page. */
export type Extraction =
  { kind: 'story'; story: Story } | { kind: 'not-story'; reason: NotStoryReason; detail?: string };

/**
 * A site's reader: its description plus how to read its pages. Extraction is heavy (every
 * selector of the site), so only content scripts and the CLIs import adapters; everything else
 * uses the pure `SiteUrls` (lib/sites/site-urls.ts).
 */
export interface SiteAdapter extends SiteUrls {
  /** Reads the page. Never throws; a page that is not a story says why. */
  extract(doc: Document, url: URL): Extraction;
}

/** Where a site keeps readers' responses to a work, and what it calls them. */
export interface SiteFeedback {
  /** CSS selector of the page's comments (kudos, reviews, replies) section. */
  selector: string;
  /** What the site has there, for the reader's link to it ("Comments and kudos", "Reviews"). */
  label: string;
}

/**
 * How to find the new story on a site that changes pages without loading one (Wattpad): the new
 * page's text arrives after its URL, so it is looked for a few times before giving up.
 */
export interface InPageNavigation {
  /** How many times to read the page after the URL changed. */
  attempts: number;
  /** The wait before each attempt, in milliseconds. */
  intervalMs: number;
}

/**
 * What the extension knows about a site without reading a page: its URLs and where it keeps
 * things. Pure data and functions, so the manifest, the background, the popup and the tests can
 * use it without bundling any extractor.
 */
export interface SiteUrls {
  id: KnownSiteId;
  /** Human name ("FanFiction.Net"). */
  name: string;
  /** Host names where the content script runs; the manifest's match patterns come from these. */
  hosts: readonly string[];
  /** What the URL alone says: the work (and chapter) for story URLs, null for other pages. */
  identify(url: URL): UrlIdentity | null;
  /** URLs for the meta-test: story URLs must identify, other URLs of the site must not. */
  examples: { stories: readonly string[]; others: readonly string[] };
  /** Where the page keeps comments, kudos or reviews. */
  feedback: SiteFeedback;
  /** Set for sites that change pages without loading one. */
  inPageNavigation?: InPageNavigation;
}
