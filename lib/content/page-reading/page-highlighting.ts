import type { PageMessage, PageReply } from '../../messaging/reading-port';
import type { HighlightNames } from '../../settings/highlight-names';
import type { Story } from '../../sites/types';
import { PageHighlighter } from './page-highlighter';
import { PageHighlights } from './page-highlights';
import type { PageMap } from './page-map';
import { OTHER_SEQ_BASE } from './page-seq';
import type { StoryTexts } from './story-texts';

/** What the page's highlights need from page progress. */
export interface PageHighlightingDeps {
  doc: Document;
  story: Story;
  texts: StoryTexts;
  map: () => PageMap;
  names: HighlightNames;
  recording: () => boolean;
  /** Sends on the reading port; false when it is closed. */
  send: (message: PageMessage) => boolean;
}

/**
 * The reader's highlights on the site's own page (issue 11): drawn there (PageHighlights), made
 * there (PageHighlighter), and the background's answers about them. Page progress owns the port
 * and hands this the replies; highlights and read marks share a numbering apart from positions.
 */
export class PageHighlighting {
  private readonly drawn: PageHighlights;
  private readonly maker: PageHighlighter;

  constructor(deps: PageHighlightingDeps) {
    this.drawn = new PageHighlights(deps.doc, deps.story, deps.texts, deps.map);
    this.maker = new PageHighlighter(deps);
  }

  /** Follows the reader's selections until `signal` aborts. */
  start(signal: AbortSignal): void {
    this.maker.start(signal);
  }

  /** Takes away what is drawn. */
  clear(): void {
    this.drawn.clear();
  }

  /** A seq for a message numbered apart from positions (a read mark). */
  nextSeq(): number {
    return this.maker.nextSeq();
  }

  /** Highlights sent and not answered (sent again when the port reconnects). */
  unacknowledged(): PageMessage[] {
    return this.maker.unacknowledged();
  }

  /** Takes what a reply says about highlights; true when the reply was ours alone. */
  onReply(reply: PageReply): boolean {
    if (reply.type === 'saved') {
      if (reply.highlight) this.drawn.update([reply.highlight]);
      if (reply.seq < OTHER_SEQ_BASE) return false;
      this.maker.acknowledge(reply.seq, reply.recorded);
      return true;
    }
    if (reply.type === 'refused' && reply.seq !== undefined && reply.seq >= OTHER_SEQ_BASE) {
      this.maker.acknowledge(reply.seq, false);
      return true;
    }
    if (reply.type === 'highlights-changed' || reply.type === 'state') {
      this.drawn.update(reply.highlights);
    }
    return reply.type === 'highlights-changed';
  }
}
