import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedLibrary } from '@/lib/backup/testing/library';
import { extensionPage, setupHandler } from '@/lib/messaging/testing/senders';

/**
 * The real background's request handler over a database seeded through the repositories
 * (lib/backup/testing/library.ts), answering the page's `sendRequest`s as the browser would.
 */
export async function withBackground(now = () => 1_700_000_100_000) {
  const setup = setupHandler(false, now);
  await seedLibrary(setup.db);
  const requests: { type: string }[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    requests.push(message as { type: string });
    return setup.handle(message, extensionPage) as never;
  });
  return { ...setup, requests };
}

/** An empty library behind the handler. */
export function withEmptyBackground() {
  const setup = setupHandler(false, () => 1_700_000_100_000);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    async (message: unknown) => setup.handle(message, extensionPage) as never,
  );
  return setup;
}

/** The background telling open pages that works changed. */
export async function broadcastChange(works: string[], all = false) {
  await fakeBrowser.runtime.onMessage.trigger(
    { type: 'library/changed', works, all },
    { id: fakeBrowser.runtime.id },
    () => undefined,
  );
}
