import { useEffect, useState } from 'preact/hooks';
import type { ReplyData } from '@/lib/messaging/protocol';
import { sendRequest } from '@/lib/messaging/send-request';
import type { WorkSummary } from '@/lib/messaging/wire';
import type { HighlightNames } from '@/lib/settings/values';
import { namedChapter } from '../format';
import { useLibraryChanges } from '../useLibraryChanges';
import { WorkChapters } from './WorkChapters';
import { WorkHeader } from './WorkHeader';
import { HighlightQuote } from './HighlightQuote';
import { inTextOrder } from './text-order';

/** Props of WorkPage. */
export interface WorkPageProps {
  workKey: string;
  names: HighlightNames;
  now: number;
  /** The work's data was deleted (the library offers undo). */
  onDeleted: (work: WorkSummary) => void;
}

type Detail = ReplyData<'library/work'>;

/** A work's page: its facts, status and tags, chapters with read marks, highlights and notes. */
export function WorkPage({ workKey, names, now, onDeleted }: WorkPageProps) {
  const [detail, setDetail] = useState<Detail | null>();
  const [message, setMessage] = useState<string>();
  const [site, workId] = [detail?.work.site, detail?.work.workId];
  const load = async (ref?: { site: WorkSummary['site']; workId: string }) => {
    const target = ref ?? (site && workId ? { site, workId } : undefined);
    if (!target) return;
    const reply = await sendRequest({ type: 'library/work', ...target });
    setDetail(reply.ok ? reply : null);
  };
  useEffect(() => {
    // The key is `${site}:${workId}`; the site is everything before the work id's colon.
    const split = workKey.startsWith('otw:') ? workKey.indexOf(':', 4) : workKey.indexOf(':');
    void load({
      site: workKey.slice(0, split) as WorkSummary['site'],
      workId: workKey.slice(split + 1),
    });
  }, [workKey]);
  useLibraryChanges((c) => (c.all || c.works.includes(workKey)) && void load());

  if (detail === null) return <p role="alert">This work is not in your library (any more).</p>;
  if (!detail) return null;
  const { work, chapters } = detail;
  const chapterName = new Map(
    chapters.map((c, i) => [c.chapterId, namedChapter((c.index ?? i) + 1, c.title)]),
  );
  const highlights = inTextOrder(detail.highlights, chapters);
  const change = async (request: Parameters<typeof sendRequest>[0]) => {
    const reply = await sendRequest(request);
    if (!reply.ok) setMessage(reply.error);
    await load();
  };
  return (
    <article class="work-page" data-testid="work-page">
      <WorkHeader
        work={work}
        now={now}
        onStatus={(status) =>
          void change({ type: 'library/set-status', site: work.site, workId: work.workId, status })
        }
        onTags={(tags) =>
          void change({ type: 'library/set-tags', site: work.site, workId: work.workId, tags })
        }
      />
      {message && <p role="alert">{message}</p>}
      <section aria-labelledby="highlights-title">
        <h2 id="highlights-title">Highlights and notes</h2>
        {highlights.length === 0 ? (
          <p class="muted">No highlights in this work yet.</p>
        ) : (
          highlights.map((h) => (
            <HighlightQuote
              key={h.id}
              highlight={h}
              names={names}
              where={chapterName.get(h.chapterId)}
            />
          ))
        )}
      </section>
      <WorkChapters chapters={chapters} current={work.last?.chapterId} />
      <section class="danger" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete this work’s data</h2>
        <p class="muted">
          Its progress, read marks, time, highlights and notes. You can undo it for a day.
        </p>
        <button
          type="button"
          class="btn danger"
          onClick={async () => {
            const reply = await sendRequest({
              type: 'library/delete-work',
              site: work.site,
              workId: work.workId,
            });
            if (reply.ok) onDeleted(work);
            else setMessage(reply.error);
          }}
        >
          Delete “{work.title}”
        </button>
      </section>
    </article>
  );
}
