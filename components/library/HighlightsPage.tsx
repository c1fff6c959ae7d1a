import { useEffect, useMemo, useState } from 'preact/hooks';
import { HIGHLIGHT_GROUPS_PAGE } from '@/lib/messaging/requests/page-sizes';
import { sendRequest } from '@/lib/messaging/send-request';
import { HIGHLIGHT_SLOTS, type HighlightNames } from '@/lib/settings/values';
import { formatCount } from '../format';
import { useLibraryChanges } from '../useLibraryChanges';
import { HighlightExport } from './HighlightExport';
import {
  filterHighlights,
  highlightRows,
  indexGroup,
  type HighlightFilter,
  type HighlightRow,
  type IndexedGroup,
} from './highlight-filter';
import { VirtualList } from './VirtualList';

/** Props of HighlightsPage. */
export interface HighlightsPageProps {
  names: HighlightNames;
}

// Row heights (the CSS keeps each row to its height; long quotes are cut after two lines).
const WORK_HEIGHT = 84;
const HIGHLIGHT_HEIGHT = 84;
const NOTED_HEIGHT = 104;
const NONE: HighlightFilter = { query: '', color: '', fandom: '', work: '' };
const value = (e: Event) => (e.target as HTMLInputElement).value;

/** Every highlight across works: searchable by text and note, filtered, exported. */
export function HighlightsPage({ names }: HighlightsPageProps) {
  const [groups, setGroups] = useState<IndexedGroup[] | null>(null);
  const [filter, setFilter] = useState(NONE);
  const load = async () => {
    const all: IndexedGroup[] = [];
    for (let offset = 0; ;) {
      const reply = await sendRequest({ type: 'library/highlight-groups', offset });
      if (!reply.ok) break;
      all.push(...reply.groups.map(indexGroup));
      offset += HIGHLIGHT_GROUPS_PAGE;
      if (reply.done) break;
    }
    setGroups(all);
  };
  useEffect(() => void load(), []);
  useLibraryChanges(() => void load());
  const shown = useMemo(() => filterHighlights(groups ?? [], filter), [groups, filter]);
  const rows = useMemo(() => highlightRows(shown), [shown]);
  const fandoms = useMemo(
    () => [...new Set((groups ?? []).flatMap((g) => g.group.fandoms))].sort(),
    [groups],
  );
  if (!groups) return null;
  const total = groups.reduce((n, g) => n + g.group.highlights.length, 0);
  const count = shown.reduce((n, g) => n + g.highlights.length, 0);
  return (
    <section aria-labelledby="all-highlights">
      <h1 id="all-highlights">Highlights</h1>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field search">
          <label for="hl-query">Search highlights and notes</label>
          <input
            id="hl-query"
            type="search"
            value={filter.query}
            onInput={(e) => setFilter({ ...filter, query: value(e) })}
            data-testid="highlight-search"
          />
        </div>
        <div class="field">
          <label for="hl-colour">Colour</label>
          <select
            id="hl-colour"
            value={filter.color}
            onChange={(e) => setFilter({ ...filter, color: value(e) as HighlightFilter['color'] })}
          >
            <option value="">Any</option>
            {HIGHLIGHT_SLOTS.map((slot) => (
              <option key={slot} value={slot}>
                {names[slot]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="hl-fandom">Fandom</label>
          <select
            id="hl-fandom"
            value={filter.fandom}
            onChange={(e) => setFilter({ ...filter, fandom: value(e) })}
          >
            <option value="">Any</option>
            {fandoms.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="hl-work">Work</label>
          <select
            id="hl-work"
            value={filter.work}
            onChange={(e) => setFilter({ ...filter, work: value(e) })}
          >
            <option value="">Any</option>
            {groups.map(({ group }) => (
              <option key={group.key} value={group.key}>
                {group.title}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div class="count-line">
        <p class="count" role="status">
          {count === total
            ? `${formatCount(total)} highlights`
            : `${formatCount(count)} of ${formatCount(total)} highlights`}
        </p>
        <HighlightExport groups={shown} names={names} />
      </div>
      {total === 0 ? (
        <p class="muted">
          Select text in the reader to highlight it; every highlight gathers here.
        </p>
      ) : (
        <VirtualList<HighlightRow>
          items={rows}
          heightOf={(r) =>
            r.kind === 'work' ? WORK_HEIGHT : r.highlight.note ? NOTED_HEIGHT : HIGHLIGHT_HEIGHT
          }
          label="Highlights by work"
          testId="highlight-list"
          keyOf={(r) => (r.kind === 'work' ? `w:${r.group.key}` : `h:${r.highlight.id}`)}
          render={(r) =>
            r.kind === 'work' ? (
              <div class="hl-work">
                <h2 class="work-title">
                  <a href={`#/work/${encodeURIComponent(r.group.key)}`}>{r.group.title}</a>
                </h2>
                <p class="meta">
                  {[
                    r.group.authors.join(', '),
                    r.group.fandoms.slice(0, 2).join(', '),
                    `${r.count} highlight${r.count === 1 ? '' : 's'}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
            ) : (
              <figure class={`highlight compact hl-${r.highlight.color}`} data-testid="highlight">
                <blockquote>{r.highlight.anchor.exact}</blockquote>
                <figcaption>
                  <span class="swatch" aria-hidden="true" />
                  <span class="colour-name">{names[r.highlight.color]}</span>
                </figcaption>
                {r.highlight.note && <p class="note">{r.highlight.note}</p>}
              </figure>
            )
          }
        />
      )}
    </section>
  );
}
