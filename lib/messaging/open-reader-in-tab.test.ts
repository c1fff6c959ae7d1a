import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openReaderInTab } from './open-reader-in-tab';

describe('openReaderInTab', () => {
  it('says plainly that the reader cannot open where the browser keeps extensions out', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    fakeBrowser.scripting = {
      executeScript: vi.fn().mockRejectedValue(new Error('Cannot access a chrome:// URL')),
    } as never;
    const reply = await openReaderInTab(3, false);
    expect(reply).toEqual({
      ok: false,
      open: false,
      reason: expect.stringMatching(/^The reader cannot open on this page/),
    });
    expect(reply.reason).not.toContain('chrome://');
  });
});
