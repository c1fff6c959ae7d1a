import { createDeps } from '../create-deps';
import { freshDb, threeChapters } from '../../db/testing/setup';
import { CONTEXT, readerFrame, tab } from '../../messaging/testing/senders';
import { makePosition } from '../../progress/testing/make';
import type { Position } from '../../progress/position';
import { createReadingHub } from '../reading-hub';
import { createFakePort } from './fake-port';

/** The test work's pages. */
export const PAGE = 'https://archiveofourown.org/works/1851/chapters/2';
export const OTHER_PAGE = 'https://archiveofourown.org/works/7/chapters/1';

/** The `open` a reader sends for the work at `workId`. */
export function openMessage(workId = '1851', over: Record<string, unknown> = {}) {
  return {
    type: 'open',
    work: {
      site: 'ao3',
      workId,
      title: 'Moby-Dick',
      authors: [{ name: 'Herman Melville' }],
      fandoms: ['Moby-Dick'],
      url: `https://archiveofourown.org/works/${workId}`,
      chapterCount: '3/3',
      status: 'complete',
    },
    chapterId: 'ch2',
    chapters: threeChapters(),
    view: 'chapter',
    ...over,
  };
}

/** A `position` message in chapter `chapterIndex` at `block`. */
export function positionMessage(seq: number, chapterIndex: number, block: number, over = {}) {
  const position: Position = makePosition(chapterIndex, block, 0, {
    chapterId: `ch${chapterIndex + 1}`,
    chapterFraction: Math.min(1, block / 100),
  });
  return { type: 'position', seq, position, activeMs: 1000, ...over };
}

/** A hub over a fresh database, with its repositories, and helpers to connect readers. */
export function setupHub(recordPrivate = false) {
  const db = freshDb('hub');
  const deps = createDeps(db, async () => recordPrivate);
  const hub = createReadingHub({ ...deps, ...CONTEXT });
  const connect = (sender = tab(PAGE)) => {
    const fake = createFakePort(sender);
    hub.connect(fake.port);
    return fake;
  };
  /** A reader connected and opened on a work, its state received. */
  const opened = async (page = PAGE, workId = '1851', frame = false) => {
    const fake = connect(frame ? readerFrame(page) : tab(page));
    fake.send(openMessage(workId));
    await fake.next('state');
    return fake;
  };
  return { db, deps, hub, connect, opened };
}
