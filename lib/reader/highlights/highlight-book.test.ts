import { describe, expect, it } from 'vitest';
import type { ReadingMessage } from '../../messaging/reading-protocol';
import type { HighlightView } from '../../messaging/wire';
import { HIGHLIGHT_SEQ_BASE, HighlightBook, type BookNotice } from './highlight-book';

const anchor = {
  chapterId: 'c1',
  start: { block: 0, offset: 0 },
  end: { block: 0, offset: 4 },
  chapterStart: 0,
  chapterEnd: 4,
  exact: 'Call',
  prefix: '',
  suffix: ' me Ishmael.',
  blockHash: 'abcd1234',
};
const view = (id: string, over: Partial<HighlightView> = {}): HighlightView => ({
  id,
  work: 'ao3:1',
  chapterId: 'c1',
  anchor,
  color: 'c1',
  note: '',
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

function setup() {
  const sent: ReadingMessage[] = [];
  const changes: string[][] = [];
  const notices: BookNotice[] = [];
  const book = new HighlightBook(
    (m) => sent.push(m),
    (ids) => changes.push(ids),
    (n) => notices.push(n),
    () => 50,
  );
  return { book, sent, changes, notices, seqOf: (i: number) => (sent[i] as { seq: number }).seq };
}

describe('HighlightBook', () => {
  it('numbers its writes apart from positions and takes only its own answers', () => {
    const { book, sent, seqOf } = setup();
    book.put('a', { anchor, color: 'c2', note: '' });
    expect(seqOf(0)).toBeGreaterThan(HIGHLIGHT_SEQ_BASE);
    // A position's answer (ProgressSync counts from 1) is not the book's.
    expect(book.onReply({ type: 'saved', seq: 1, recorded: true })).toBe(false);
    expect(book.unacknowledged()).toEqual(sent);
    expect(book.onReply({ type: 'saved', seq: seqOf(0), recorded: true })).toBe(true);
    expect(book.unacknowledged()).toEqual([]);
  });

  it('keeps its own change over what arrives before the background answers it', () => {
    const { book, seqOf } = setup();
    book.onReply({
      type: 'state',
      recording: true,
      work: null,
      progress: null,
      chapters: [],
      highlights: [view('a')],
    });
    book.put('a', { anchor, color: 'c3', note: 'mine' });
    book.onReply({ type: 'highlights-changed', highlights: [view('a', { color: 'c5' })] });
    expect(book.get('a')).toMatchObject({ color: 'c3', note: 'mine' });
    book.onReply({
      type: 'saved',
      seq: seqOf(0),
      recorded: true,
      highlight: view('a', { color: 'c3', note: 'mine', updatedAt: 9 }),
    });
    book.onReply({
      type: 'highlights-changed',
      highlights: [view('a', { color: 'c5', updatedAt: 10 })],
    });
    expect(book.get('a')?.color).toBe('c5');
  });

  it('takes what the background no longer lists as removed elsewhere, but keeps what it never saved', () => {
    const { book, seqOf } = setup();
    const state = (highlights: HighlightView[]) =>
      book.onReply({
        type: 'state',
        recording: true,
        work: null,
        progress: null,
        chapters: [],
        highlights,
      });
    state([view('a'), view('b')]);
    book.put('local', { anchor, color: 'c1', note: '' });
    book.onReply({ type: 'saved', seq: seqOf(0), recorded: false });
    state([view('a')]);
    expect(book.get('b')?.deletedAt).toBeDefined();
    expect(book.get('a')?.deletedAt).toBeUndefined();
    expect(book.get('local')?.deletedAt).toBeUndefined();
  });

  it('removes with a tombstone and undoes it; says when a write was refused or not saved', () => {
    const { book, sent, notices, seqOf } = setup();
    book.onReply({
      type: 'state',
      recording: false,
      work: null,
      progress: null,
      chapters: [],
      highlights: [view('a')],
    });
    book.remove('a');
    expect(book.get('a')?.deletedAt).toBe(50);
    book.restore('a');
    expect(book.get('a')?.deletedAt).toBeUndefined();
    expect(sent.map((m) => m.type)).toEqual(['highlight-remove', 'highlight-restore']);
    book.onReply({ type: 'saved', seq: seqOf(0), recorded: false });
    book.onReply({ type: 'refused', seq: seqOf(1), error: 'no such highlight' });
    expect(notices).toEqual([
      { kind: 'not-saved', private: true },
      { kind: 'refused', error: 'no such highlight' },
    ]);
  });
});
