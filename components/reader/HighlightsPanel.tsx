import { useState } from 'preact/hooks';
import type { ColorId } from '@/lib/progress/highlight';
import { HIGHLIGHT_COLORS, type HighlightColorNames } from '@/lib/reader/highlights/colors';
import { chapterOf, exportItems, exportWork } from '@/lib/reader/highlights/export-items';
import type { PlacedHighlight, ReaderHighlights } from '@/lib/reader/highlights/reader-highlights';
import type { Story } from '@/lib/sites/types';
import { HighlightExport } from './HighlightExport';
import { HighlightItem } from './HighlightItem';
import { useHighlights } from './use-highlights';

/** Props of HighlightsPanel. */
export interface HighlightsPanelProps {
  hl: ReaderHighlights;
  story: Story;
  names: HighlightColorNames;
  onNavigate: (url: string) => void;
}

/**
 * The work's highlights (issue 11): those on this page in text order, filtered by colour, each
 * a way back to its words; the orphans (not found in the text as it is now), which are kept and
 * can be re-attached to a selection; those in other chapters; and the exports.
 */
export function HighlightsPanel({ hl, story, names, onNavigate }: HighlightsPanelProps) {
  useHighlights(hl, ['highlights', 'selection']);
  const [only, setOnly] = useState<ColorId | null>(null);
  const all = hl.items();
  const kind = (k: string) => all.filter((i) => i.placement.kind === k);
  const here = all.filter((i) => i.placement.kind === 'placed' || i.placement.kind === 'pending');
  const shown = only ? here.filter((i) => i.highlight.color === only) : here;
  const item = ({ highlight: h, placement }: PlacedHighlight, extra = {}) => (
    <HighlightItem
      key={h.id}
      highlight={h}
      colorName={names[h.color]}
      onNote={(note) => hl.setNote(h.id, note)}
      onRemove={() => hl.remove(h.id)}
      {...(placement.kind === 'placed' ? { onJump: () => void hl.reveal(h.id) } : {})}
      {...extra}
    />
  );
  return (
    <div class="fr-hl-panel" data-testid="hl-panel">
      <div class="fr-hl-filter" role="group" aria-label="Show one colour">
        <button
          type="button"
          class="fr-btn"
          aria-pressed={only === null}
          onClick={() => setOnly(null)}
        >
          All
        </button>
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            class="fr-btn"
            aria-pressed={only === c}
            onClick={() => setOnly(only === c ? null : c)}
            data-testid={`hl-filter-${c}`}
          >
            <span class={`fr-hl-dot fr-hl-swatch-${c}`} aria-hidden="true" />
            {names[c]}
          </button>
        ))}
      </div>
      <p class="fr-hl-count" data-testid="hl-count">
        {here.length === 0
          ? 'No highlights on this page yet. Select some text to make one.'
          : `${shown.length} of ${here.length} highlight${here.length === 1 ? '' : 's'} on this page`}
      </p>
      <ol class="fr-hl-list">{shown.map((i) => item(i))}</ol>
      {kind('orphan').length > 0 && (
        <section aria-labelledby="fr-hl-orphans" data-testid="hl-orphans">
          <h3 id="fr-hl-orphans">Not found in the text ({kind('orphan').length})</h3>
          <p class="fr-hl-help">
            The author may have changed these words. They are kept: select the text they belong to
            and re-attach them, or remove them.
          </p>
          <ol class="fr-hl-list">
            {kind('orphan').map((i) =>
              item(i, {
                onReattach: () => hl.reattach(i.highlight.id),
                canReattach: hl.selection !== null,
              }),
            )}
          </ol>
        </section>
      )}
      {kind('elsewhere').length > 0 && (
        <section aria-labelledby="fr-hl-elsewhere">
          <h3 id="fr-hl-elsewhere">In other chapters ({kind('elsewhere').length})</h3>
          <ol class="fr-hl-list">
            {kind('elsewhere').map((i) => {
              const chapter = chapterOf(story, i.highlight.chapterId);
              return item(i, {
                chapter: chapter.label,
                onOpenChapter: () => onNavigate(chapter.url),
              });
            })}
          </ol>
        </section>
      )}
      <HighlightExport work={exportWork(story)} items={exportItems(story, all, names)} />
    </div>
  );
}
