import * as v from 'valibot';
import type { HighlightsRepo } from '../db/highlights-repo';
import type { ProgressChange, ReadingRepo } from '../db/reading-repo';
import { RefusedError } from '../db/refused';
import { messageBytes } from '../messaging/handle-request';
import {
  maxReadingMessageBytes,
  READING_PORT,
  ReadingMessageSchema,
  type ReadingMessage,
  type ReadingReply,
} from '../messaging/reading-protocol';
import { classifySender, type Sender, type SenderContext } from '../messaging/sender';
import { toChapterView, toHighlightView, toProgressView } from '../messaging/wire';
import { clampActiveMs } from '../progress/active-time';
import type { Position } from '../progress/position';
import { wordsAdvanced } from '../progress/words-read';
import { checkOpen, stateReply, type OpenMessage } from './open-work';
import { createPositionWriter, type PendingPosition, type Timers } from './position-writer';

/** The parts of a `runtime.Port` the hub uses (tests pass a fake). */
export interface PortLike {
  name: string;
  sender?: Sender;
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** What the hub needs from the background. */
export interface HubDeps extends SenderContext {
  reading: ReadingRepo;
  highlights: HighlightsRepo;
  recordPrivateWindows: () => Promise<boolean>;
  /** The background's clock and timers (the only clock that stamps anything). */
  timers?: Timers;
}

/** One connected reader. */
interface Session {
  post(reply: ReadingReply): void;
  pageUrl: URL;
  incognito: boolean;
  /** The work's key, once opened. */
  key?: string;
  chapterWords: Map<string, number>;
  /** The last position written from this tab (for words read), and when it last reported. */
  lastWritten?: Position;
  lastReportAt: number;
  writer: ReturnType<typeof createPositionWriter>;
}

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/**
 * The background side of the reading port (issues 10, 11): checks who connects and which work the
 * tab shows, records positions (at most one write a second per tab, flushed on disconnect), read
 * marks and highlights, answers each write after its commit, and tells the other tabs of the same
 * work, and only those, what changed.
 */
export function createReadingHub(deps: HubDeps) {
  const timers = deps.timers ?? defaultTimers;
  const byWork = new Map<string, Set<Session>>();

  const others = (s: Session) => [...(byWork.get(s.key ?? '') ?? [])].filter((o) => o !== s);
  const recording = async (s: Session) => !s.incognito || (await deps.recordPrivateWindows());

  function tellOthers(session: Session, change: ProgressChange) {
    if (!change.progress) return;
    const progress = toProgressView(change.progress);
    const chapters = change.chapters.map(toChapterView);
    for (const o of others(session)) o.post({ type: 'progress-changed', progress, chapters });
  }

  async function open(session: Session, message: OpenMessage) {
    const { key, opened, chapters } = checkOpen(message, session.pageUrl);
    await session.writer.flush();
    if (session.key) byWork.get(session.key)?.delete(session);
    session.key = key;
    byWork.set(key, (byWork.get(key) ?? new Set()).add(session));
    session.chapterWords = new Map(chapters.map((c) => [c.id, c.words ?? 0]));
    session.lastReportAt = timers.now();
    const on = await recording(session);
    const state = on
      ? await deps.reading.open(key, opened, chapters, timers.now())
      : await deps.reading.state(key);
    session.post(stateReply(state, on));
  }

  async function writePosition(session: Session, { seq, position, activeMs }: PendingPosition) {
    const key = session.key;
    if (!key) return;
    if (!(await recording(session))) return session.post({ type: 'saved', seq, recorded: false });
    const wordsOf = (id: string) => session.chapterWords.get(id);
    const words = wordsAdvanced(session.lastWritten, position, wordsOf, activeMs);
    try {
      const report = { position, activeMs, words, pageUrl: session.pageUrl.href };
      const change = await deps.reading.savePosition(key, report, timers.now());
      session.lastWritten = position;
      session.post({ type: 'saved', seq, recorded: change.recorded });
      tellOthers(session, change);
    } catch (error) {
      // Not acknowledged: the reader keeps the position and sends it again.
      session.post({ type: 'refused', seq, error: `not saved: ${String(error)}` });
    }
  }

  async function write(session: Session, message: Exclude<ReadingMessage, OpenMessage>) {
    const key = session.key;
    if (!key) throw new RefusedError('open the work first');
    const now = timers.now();
    if (message.type === 'position') {
      // The reader counts active time; the background bounds it by the wall clock.
      const activeMs = clampActiveMs(message.activeMs, now - session.lastReportAt);
      session.lastReportAt = now;
      return session.writer.push({ seq: message.seq, position: message.position, activeMs });
    }
    const { seq } = message;
    if (!(await recording(session))) return session.post({ type: 'saved', seq, recorded: false });
    if (
      message.type === 'highlight-put' ||
      message.type === 'highlight-remove' ||
      message.type === 'highlight-restore'
    ) {
      const stored =
        message.type === 'highlight-put'
          ? await deps.highlights.put(key, message.highlight, now)
          : await deps.highlights.setRemoved(
              key,
              message.id,
              message.type === 'highlight-remove',
              now,
            );
      if (!stored) return session.post({ type: 'saved', seq, recorded: false });
      const highlight = toHighlightView(stored);
      session.post({ type: 'saved', seq, recorded: true, highlight });
      for (const o of others(session))
        o.post({ type: 'highlights-changed', highlights: [highlight] });
      return;
    }
    const change =
      message.type === 'reset-furthest'
        ? await deps.reading.resetFurthest(key, message.position, now)
        : message.type === 'chapter-read'
          ? await deps.reading.markChapter(
              key,
              { chapterId: message.chapterId, chapterIndex: message.chapterIndex, read: true },
              now,
            )
          : await deps.reading.markChapter(key, { chapterId: message.chapterId, read: false }, now);
    session.post({ type: 'saved', seq, recorded: change.recorded });
    tellOthers(session, change);
  }

  return {
    /** Takes a newly connected port (runtime.onConnect); ignores ports that are not ours. */
    connect(port: PortLike) {
      if (port.name !== READING_PORT) return;
      const post = (reply: ReadingReply) => {
        try {
          port.postMessage(reply);
        } catch {
          // The tab went away; what it sent is still written.
        }
      };
      const from = classifySender(port.sender ?? {}, deps);
      if (from.kind !== 'story-tab' && from.kind !== 'reader-frame') {
        post({ type: 'refused', error: from.kind === 'refused' ? from.error : 'not a reader' });
        return port.disconnect();
      }
      const session: Session = {
        post,
        pageUrl: from.pageUrl,
        incognito: from.incognito,
        chapterWords: new Map(),
        lastReportAt: timers.now(),
        writer: createPositionWriter((p) => writePosition(session, p), timers),
      };
      // Messages are handled one after another, in the order the reader sent them.
      let queue = Promise.resolve();
      port.onMessage.addListener((raw) => {
        const { seq, type } = (raw ?? {}) as { seq?: unknown; type?: unknown };
        const refuse = (error: string) =>
          post({ type: 'refused', ...(typeof seq === 'number' ? { seq } : {}), error });
        if (messageBytes(raw) > maxReadingMessageBytes(type)) {
          return refuse('invalid message: too large');
        }
        const parsed = v.safeParse(ReadingMessageSchema, raw);
        if (!parsed.success) return refuse(`invalid message: ${v.summarize(parsed.issues)}`);
        const message = parsed.output;
        queue = queue
          .then(() => (message.type === 'open' ? open(session, message) : write(session, message)))
          .catch((error: unknown) => {
            refuse(error instanceof Error ? error.message : String(error));
            // A forged work: this port speaks for nothing.
            if (message.type === 'open') port.disconnect();
          });
      });
      port.onDisconnect.addListener(() => {
        if (session.key) byWork.get(session.key)?.delete(session);
        // The tab closed or navigated: write its last position now.
        void queue.then(() => session.writer.flush());
      });
    },
  };
}

/** The reading hub. */
export type ReadingHub = ReturnType<typeof createReadingHub>;
