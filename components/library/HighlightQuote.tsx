import type { HighlightView } from '@/lib/messaging/wire';
import type { HighlightNames } from '@/lib/settings/values';

/** Props of HighlightQuote. */
export interface HighlightQuoteProps {
  highlight: HighlightView;
  names: HighlightNames;
  /** The chapter it is in, in words ("Chapter 3: The Spouter-Inn"). */
  where?: string | undefined;
}

/** A highlight: its colour and what it means, the text, the note. All plain text, never HTML. */
export function HighlightQuote({ highlight, names, where }: HighlightQuoteProps) {
  return (
    <figure class={`highlight hl-${highlight.color}`} data-testid="highlight">
      <blockquote>{highlight.anchor.exact}</blockquote>
      <figcaption>
        <span class="swatch" aria-hidden="true" />
        <span class="colour-name">{names[highlight.color]}</span>
        {where && <span class="muted"> · {where}</span>}
        {highlight.note && <p class="note">{highlight.note}</p>}
      </figcaption>
    </figure>
  );
}
