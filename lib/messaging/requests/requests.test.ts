import { describe, expect, it } from 'vitest';
import { makeHighlightInput } from '../../progress/testing/make';
import { dump } from '../../db/testing/open-at-version';
import type { SenderKind } from '../sender';
import { LIMITS } from '../limits';
import { extensionPage, otherExtension, readerFrame, setupHandler, tab } from '../testing/senders';
import { REQUEST_EXAMPLES, snapshot, WORK_PAGE } from '../testing/request-examples';
import { REQUESTS } from './index';

// The meta-test: every request file is registered, and every registered request is refused from
// the wrong senders, malformed and oversized, with nothing written.

const modules = import.meta.glob<Record<string, unknown>>(
  ['./*.ts', '!./*.test.ts', '!./index.ts'],
  {
    eager: true,
  },
);

const SENDERS: Record<SenderKind, ReturnType<typeof tab>> = {
  'story-tab': tab(WORK_PAGE),
  'reader-frame': readerFrame(WORK_PAGE),
  'extension-page': extensionPage,
};

/** A handler over a database holding one opened work with a highlight. */
async function seeded() {
  const setup = setupHandler();
  const opened = await setup.handle({ type: 'work/opened', work: snapshot() }, tab(WORK_PAGE));
  expect(opened).toMatchObject({ ok: true });
  await setup.highlights.put('ao3:1851', makeHighlightInput(), 500);
  return { ...setup, before: await dump((await setup.db) as never) };
}

describe('the request table', () => {
  it('registers every request defined in lib/messaging/requests/', () => {
    const defined = Object.values(modules).flatMap((m) =>
      Object.values(m).filter((x) => typeof x === 'object' && x !== null && 'handle' in x),
    );
    expect(defined.length).toBeGreaterThan(0);
    for (const definition of defined) expect(REQUESTS).toContain(definition);
    expect(REQUESTS).toHaveLength(defined.length);
  });

  it('names each request once, and has examples for each', () => {
    const types = REQUESTS.map((r) => r.type);
    expect(new Set(types).size).toBe(types.length);
    expect(Object.keys(REQUEST_EXAMPLES).sort()).toEqual([...types].sort());
    for (const type of types) expect(REQUEST_EXAMPLES[type].malformed.length).toBeGreaterThan(0);
  });
});

describe.each(REQUESTS.map((r) => [r.type, r] as const))('%s', (type, definition) => {
  const { valid, malformed } = REQUEST_EXAMPLES[type];
  const allowed = definition.from[0]!;
  const refusedFrom = (Object.keys(SENDERS) as SenderKind[]).filter(
    (k) => !(definition.from as readonly string[]).includes(k),
  );

  it('answers a valid request from its sender', async () => {
    const { handle } = await seeded();
    expect(await handle(valid, SENDERS[allowed])).toMatchObject({ ok: true });
  });

  it.each(refusedFrom)('is refused from %s, and nothing is written', async (kind) => {
    const { handle, db, before } = await seeded();
    expect(await handle(valid, SENDERS[kind])).toMatchObject({ ok: false });
    expect(await dump((await db) as never)).toEqual(before);
  });

  it('is refused from another extension', async () => {
    const { handle, db, before } = await seeded();
    expect(await handle(valid, otherExtension(WORK_PAGE))).toEqual({
      ok: false,
      error: 'unknown sender',
    });
    expect(await dump((await db) as never)).toEqual(before);
  });

  it.each(malformed.map((m) => [JSON.stringify(m).slice(0, 80), m]))(
    'refuses malformed %s, and nothing is written',
    async (_name, message) => {
      const { handle, db, before } = await seeded();
      const reply = await handle(message, SENDERS[allowed]);
      expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('invalid message') });
      expect(await dump((await db) as never)).toEqual(before);
    },
  );

  it('refuses it oversized, and nothing is written', async () => {
    const { handle, db, before } = await seeded();
    const padding = 'x'.repeat((definition.maxBytes ?? LIMITS.messageBytes) + 1);
    const reply = await handle({ ...valid, padding }, SENDERS[allowed]);
    expect(reply).toEqual({ ok: false, error: 'invalid message: too large' });
    expect(await dump((await db) as never)).toEqual(before);
  });
});
