import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { StreamHandlers } from '@/lib/reader/stream-story';
import type { Extraction } from '@/lib/sites/types';
import { makeTestStory } from '@/tests/support/story-factory';

// The session's rules, with the reader's mount and the page stream replaced by stand-ins.
const mocks = vi.hoisted(() => ({
  handlers: null as StreamHandlers | null,
  mounts: 0,
  removed: 0,
  failMount: false,
  failSettings: false,
  callbacks: null as { onClose: () => void } | null,
}));

vi.mock('./mount-reader', () => ({
  mark: () => {},
  mountReader: vi.fn(async (_ctx: unknown, _init: unknown, callbacks: { onClose: () => void }) => {
    mocks.mounts++;
    if (mocks.failMount) throw new Error('no shadow root today');
    mocks.callbacks = callbacks;
    return {
      update: () => {},
      setSettings: () => {},
      setOpenCount: () => {},
      remove: () => mocks.removed++,
    };
  }),
}));
vi.mock('./record-work', () => ({ recordWork: vi.fn(async () => undefined) }));
vi.mock('@/lib/reader/stream-story', () => ({
  streamStory: (_doc: Document, _extract: unknown, handlers: StreamHandlers) => {
    mocks.handlers = handlers;
  },
  readInSlices: async (extract: () => Extraction) => extract(),
}));
vi.mock('@/lib/settings/storage', async () => {
  const { DEFAULT_SETTINGS } = await import('@/lib/settings/values');
  return {
    loadSettings: () =>
      mocks.failSettings
        ? Promise.reject(new Error('storage gone'))
        : Promise.resolve(DEFAULT_SETTINGS),
    saveSetting: async () => {},
    watchSettings: () => () => {},
  };
});

const { startReaderSession } = await import('./reader-session');

const ctx = {
  onInvalidated: () => () => {},
  addEventListener: () => {},
} as unknown as ContentScriptContext;
const story = makeTestStory();
const site = { id: 'ao3' as const, name: 'Archive of Our Own', isStoryUrl: () => true };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const covered = () => document.documentElement.getAttribute('data-fic-reader-cover') !== 'off';

beforeEach(() => {
  Object.assign(mocks, {
    handlers: null,
    mounts: 0,
    removed: 0,
    failMount: false,
    failSettings: false,
    callbacks: null,
  });
  document.documentElement.removeAttribute('data-fic-reader-cover');
});
afterEach(() => vi.clearAllMocks());

describe('startReaderSession', () => {
  it('does not reopen a reader closed while the page is still loading', async () => {
    startReaderSession(ctx, { extract: () => ({ kind: 'story', story }), site });
    await tick();
    mocks.handlers!.onProgress(story);
    await tick();
    expect(mocks.mounts).toBe(1);
    mocks.callbacks!.onClose();
    mocks.handlers!.onProgress(story);
    mocks.handlers!.onDone({ kind: 'story', story });
    await tick();
    expect(mocks.mounts).toBe(1);
    expect(covered()).toBe(false);
  });

  it('shows the page when the settings cannot be read', async () => {
    mocks.failSettings = true;
    startReaderSession(ctx, { extract: () => ({ kind: 'story', story }), site });
    await tick();
    mocks.handlers!.onProgress(story);
    await tick();
    // It still opens, with the default settings.
    expect(mocks.mounts).toBe(1);
  });

  it('shows the page, and does not retry, when the reader fails to open', async () => {
    mocks.failMount = true;
    startReaderSession(ctx, { extract: () => ({ kind: 'story', story }), site });
    await tick();
    mocks.handlers!.onProgress(story);
    await tick();
    expect(covered()).toBe(false);
    mocks.handlers!.onProgress(story);
    await tick();
    expect(mocks.mounts).toBe(1);
  });

  it('closes the reader when the finished page turns out not to be a story', async () => {
    startReaderSession(ctx, { extract: () => ({ kind: 'story', story }), site });
    await tick();
    mocks.handlers!.onProgress(story);
    await tick();
    mocks.handlers!.onDone({ kind: 'not-story', reason: 'adult-gate' });
    await tick();
    expect(mocks.removed).toBe(1);
    expect(covered()).toBe(false);
  });

  it('lifts the cover at once on a URL that is not a story', () => {
    startReaderSession(ctx, {
      extract: () => ({ kind: 'story', story }),
      site: { ...site, isStoryUrl: () => false },
    });
    expect(covered()).toBe(false);
  });
});
