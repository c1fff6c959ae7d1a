import { describe, expectTypeOf, it } from 'vitest';
import type { PageMessage, PageReply } from './reading-port';
import type { ReadingMessage, ReadingReply } from './reading-protocol';

type Reply<T extends string> = Extract<ReadingReply, { type: T }>;
type PageSide<T extends string> = Extract<PageReply, { type: T }>;

describe('the page’s part of the reading protocol', () => {
  it('sends only messages of the protocol', () => {
    expectTypeOf<PageMessage>().toExtend<ReadingMessage>();
  });

  it('reads the replies as the background sends them', () => {
    expectTypeOf<Reply<'state'>>().toExtend<PageSide<'state'>>();
    expectTypeOf<Reply<'saved'>>().toExtend<PageSide<'saved'>>();
    expectTypeOf<Reply<'refused'>>().toExtend<PageSide<'refused'>>();
    expectTypeOf<Reply<'highlights-changed'>>().toExtend<PageSide<'highlights-changed'>>();
    expectTypeOf<ReadingReply['type']>().toEqualTypeOf<PageReply['type']>();
  });
});
