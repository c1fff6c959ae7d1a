import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from './first-run';

type Details = Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0];

describe('openWelcomeOnInstall', () => {
  it.each<[string, Details, number]>([
    ['a first install', { reason: 'install' }, 1],
    ['an update', { reason: 'update', previousVersion: '0.0.9' }, 0],
    ['a browser update', { reason: 'chrome_update' }, 0],
  ])('on %s opens the welcome page %i time(s)', async (_name, details, times) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    openWelcomeOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger(details);
    expect(create).toHaveBeenCalledTimes(times);
    if (times) {
      expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
    }
  });
});
