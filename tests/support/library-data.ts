import type { StoreRecords } from '../../lib/backup/format';
import type { StoredChapter, StoredHighlight, StoredWork } from '../../lib/db/schema';
import { localDay } from '../../lib/progress/activity';

/** One work to seed: what a reader's library holds about it. */
export interface WorkSeed {
  site: 'ao3' | 'ffnet' | 'royalroad';
  workId: string;
  title: string;
  author: string;
  fandoms: string[];
  chapters: number;
  /** Chapters the site states now; more than `chapters` read before: "N new chapters". */
  stated?: number;
  /** How far: the last chapter reached (0-based) and the fraction through the work. */
  at: number;
  fraction: number;
  wordsPerChapter: number;
  status?: 'finished' | 'plan-to-read' | 'on-hold' | 'dropped';
  tags?: string[];
  /** Highlights: [text, colour slot, note]. */
  highlights?: [string, 'c1' | 'c2' | 'c3' | 'c4' | 'c5', string][];
  /** Days ago it was last read. */
  daysAgo: number;
  minutes: number;
  finished?: boolean;
}

const DAY = 86_400_000;
/** Chapter ids as the sample pages make them (tests/pages: work id × 1000 + number). */
const chapterIdOf = (workId: string, number: number) => String(Number(workId) * 1000 + number);
const HOSTS = {
  ao3: (id: string, ch?: number) =>
    `https://archiveofourown.org/works/${id}${ch ? `/chapters/${chapterIdOf(id, ch)}` : ''}`,
  ffnet: (id: string, ch?: number) => `https://www.fanfiction.net/s/${id}/${ch ?? 1}/`,
  royalroad: (id: string, ch?: number) =>
    `https://www.royalroad.com/fiction/${id}${ch ? `/x/chapter/${chapterIdOf(id, ch)}/c` : ''}`,
};

/** Every record the database would hold for these works, as the reading port writes them. */
export function libraryRecords(seeds: readonly WorkSeed[], now: number): StoreRecords {
  const out: StoreRecords = {
    works: [],
    progress: [],
    chapters: [],
    highlights: [],
    activity: [],
    tombstones: [],
  };
  for (const s of seeds) {
    const key = `${s.site}:${s.workId}`;
    const last = now - s.daysAgo * DAY - 3_600_000;
    const first = last - (s.minutes + 60) * 60_000 * 3;
    const total = s.stated ?? s.chapters;
    const url = HOSTS[s.site](s.workId);
    const chapterUrl = HOSTS[s.site](s.workId, s.at + 1);
    const position = {
      chapterId: chapterIdOf(s.workId, s.at + 1),
      chapterIndex: s.at,
      block: 12,
      offset: 0,
      blockHash: 'h',
      quote: 'the text at the place',
      chapterFraction: 0.4,
      workFraction: s.fraction,
      at: last,
    };
    const work: StoredWork = {
      key,
      site: s.site,
      workId: s.workId,
      title: s.title,
      authors: [{ name: s.author }],
      fandoms: s.fandoms,
      url,
      words: s.wordsPerChapter * s.chapters,
      chapterCount: `${total}/${s.finished || s.chapters === total ? total : '?'}`,
      status: s.chapters === total && s.finished ? 'complete' : 'in-progress',
      ...(s.stated
        ? { chapterTotal: { value: s.stated, before: s.chapters, at: last } }
        : { chapterTotal: { value: total, at: first } }),
      lastChapterId: position.chapterId,
      lastChapterTitle: `Chapter ${s.at + 1}`,
      lastUrl: chapterUrl,
      firstOpenedAt: first,
      lastOpenedAt: last,
      openCount: s.at + 3,
      ...(s.status ? { readingStatus: { value: s.status, at: last } } : {}),
      ...(s.tags ? { tags: { value: s.tags, at: first } } : {}),
      updatedAt: last,
    };
    out.works.push(work);
    const read = s.finished ? s.chapters : s.at;
    out.progress.push({
      key,
      last: position,
      furthest: position,
      readThroughs: {
        value: [{ startedAt: first, ...(s.finished ? { finishedAt: last } : {}) }],
        at: last,
      },
      activeMs: s.minutes * 60_000,
      chaptersRead: read,
      firstReadAt: first,
      lastReadAt: last,
      updatedAt: last,
    });
    for (let i = 0; i < s.chapters; i++) {
      const chapter: StoredChapter = {
        work: key,
        chapterId: chapterIdOf(s.workId, i + 1),
        index: i,
        number: i + 1,
        title: `Chapter ${i + 1}`,
        words: s.wordsPerChapter,
        ...(i < read ? { read: { value: true, at: first + i * 1000 } } : {}),
        activeMs: i <= s.at ? Math.round((s.minutes * 60_000) / (s.at + 1)) : 0,
        updatedAt: i <= s.at ? first + i * 1000 : 0,
      };
      out.chapters.push(chapter);
    }
    (s.highlights ?? []).forEach(([text, color, note], i) => {
      const at = first + (i + 1) * 60_000;
      const h: StoredHighlight = {
        id: `${s.site}-${s.workId}-h${i}`,
        work: key,
        anchor: {
          value: {
            chapterId: chapterIdOf(s.workId, Math.min(s.at, i) + 1),
            start: { block: 3 + i, offset: 0 },
            end: { block: 3 + i, offset: text.length },
            chapterStart: 100 * i,
            chapterEnd: 100 * i + text.length,
            exact: text,
            prefix: '',
            suffix: '',
            blockHash: 'h',
          },
          at,
        },
        color: { value: color, at },
        note: { value: note, at },
        removed: { value: false, at },
        createdAt: at,
        updatedAt: at,
      };
      out.highlights.push(h);
    });
    // Reading spread over the days before the last read.
    const sessions = Math.max(1, Math.round(s.minutes / 40));
    for (let d = 0; d < sessions; d++) {
      const stamp = last - d * 2 * DAY;
      const minutes = Math.round(s.minutes / sessions);
      out.activity.push({
        day: localDay(stamp),
        work: key,
        activeMs: minutes * 60_000,
        words: minutes * 240,
        updatedAt: stamp,
      });
    }
  }
  return out;
}
