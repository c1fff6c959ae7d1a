import { describe, expect, it } from 'vitest';
import { createDeps } from '../background/create-deps';
import type { LibraryChanged } from '../messaging/requests/library-changed';
import { makeHighlightInput } from '../progress/testing/make';
import { createChangeFeed, READS, WRITES } from './change-feed';
import { freshDb, makeOpened } from './testing/setup';

function setup() {
  const sent: LibraryChanged[] = [];
  const timers: (() => void)[] = [];
  const feed = createChangeFeed((c) => sent.push(c), 250, {
    setTimeout: (fn) => timers.push(fn),
  });
  const deps = feed.wrap(createDeps(freshDb('feed'), async () => false));
  const tick = () => timers.splice(0).forEach((fn) => fn());
  return { sent, deps, tick, feed };
}

describe('createChangeFeed', () => {
  it('knows every repository method as a write or a read', () => {
    const deps = createDeps(freshDb('feed'), async () => false) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    for (const repo of ['works', 'reading', 'highlights', 'library']) {
      const methods = Object.keys(deps[repo]!).filter((k) => typeof deps[repo]![k] === 'function');
      const known = [...Object.keys(WRITES[repo] ?? {}), ...(READS[repo] ?? [])];
      expect(methods.sort(), repo).toEqual(known.sort());
    }
  });

  it('tells which works changed once the writes committed, gathered into one message', async () => {
    const { sent, deps, tick } = setup();
    await deps.works.recordOpen(makeOpened(), 10);
    await deps.works.recordOpen(makeOpened({ workId: '2' }), 11);
    await deps.highlights.put('ao3:1851', makeHighlightInput(), 12);
    expect(sent).toEqual([]);
    tick();
    expect(sent).toEqual([{ type: 'library/changed', works: ['ao3:1851', 'ao3:2'], all: false }]);
  });

  it('says nothing for reads, nothing for a write that failed, and all for clearing', async () => {
    const { sent, deps, tick } = setup();
    await deps.library.list();
    await expect(deps.library.setStatus('ao3:404', 'finished', 1)).rejects.toThrow();
    tick();
    expect(sent).toEqual([]);
    await deps.library.clearAll(5);
    tick();
    expect(sent).toEqual([{ type: 'library/changed', works: [], all: true }]);
  });
});
